// Claims of a sentence: its quantities, dates, names and quotations, each with its span.
import { extractCodes } from './codes';
import { extractDates, type DateClaim } from './dates';
import { extractFractions } from './fractions';
import { extractLowercaseNames, isLowercase } from './lowercaseNames';
import { extractNames, type NameClaim } from './names';
import { extractNumbers, namesDollars, type NumberClaim } from './numbers';
import { extractQuotes, type QuoteClaim } from './quotes';
import type { TimeClaim } from './timesOfDay';
import { tokenize, type Token } from './tokens';
import type { Sentence } from './types';

/** TimeClaim: read by rules/timeMismatch.ts from the sentence's text, not kept with the sentence. */
export type Claim = NumberClaim | DateClaim | NameClaim | QuoteClaim | TimeClaim;

/** A sentence with its tokens and claims: the unit every later stage works on, for drafts and sources alike. */
export interface AnalysedSentence {
  sentence: Sentence;
  tokens: Token[];
  numbers: NumberClaim[];
  dates: DateClaim[];
  names: NameClaim[];
  quotes: QuoteClaim[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A draft sentence's claims. A quotation it opens or closes without the other mark is read too (quotes.ts): the
 *  sources' are not, where a scraped page glues one sentence's closing mark to the next ("at Anfield.\"If you"). */
export function analyseSentence(sentence: Sentence): AnalysedSentence {
  return analyseTokens(sentence, tokenize(sentence.text, sentence.start), true);
}

/** analyseSentence given the sentence's tokens (tokenize(sentence.text, sentence.start)). */
export function analyseTokens(sentence: Sentence, tokens: Token[], openQuotes = false): AnalysedSentence {
  const { text, start } = sentence;
  const dates = extractDates(text, start);
  // A number inside a date ("13 September 2023") is part of the date, not a quantity of its own.
  const found = extractNumbers(text, start, tokens);
  // A share inside a figure ("two and a [half] years") is the figure's.
  const fractions = extractFractions(text, start, tokens).filter(f => !found.some(n => n.start <= f.start && f.end <= n.end));
  // The ordinal word of a share is no rank: "a fifth of students" is 20%, not a fifth place.
  // Nor is the count of a multiple ("three times more") a count of its own.
  const ranked = fractions.length > 0 ? found.filter(n => !fractions.some(f => f.start <= n.start && n.end <= f.end && (n.unit?.family === 'ordinal' || (!n.unit && f.unit?.unit === 'times')))) : found;
  if (fractions.length > 0) ranked.push(...fractions), ranked.sort((a, b) => a.start - b.start);
  const numbers = ranked.filter(n => !dates.some(d => overlaps(n, d)));
  const names = namesOf(sentence, tokens, dates);
  const quotes = extractQuotes(text, start, openQuotes);
  return { sentence, tokens, numbers, dates, names, quotes };
}

/** analyseSentence of a sentence written exactly as `source`, a sentence already analysed (at its own offsets): every
 *  claim and token is the source's moved to this sentence's offsets (they depend on the text alone, and reading
 *  dates and names is the slow part). A source sentence of an index makes its tokens and names when asked and keeps
 *  them a while: the evidence of a copied sentence is mostly its source, whose tokens and names the alignment and the
 *  name rules then find made. */
export function analyseAs(sentence: Sentence, source: AnalysedSentence): AnalysedSentence {
  const shift = sentence.start - source.sentence.start;
  // The tokens first: an indexed source sentence then extracts its claims from them and keeps its names.
  const tokens = source.tokens.map(t => ({ start: t.start + shift, end: t.end + shift, text: t.text, norm: t.norm, stem: t.stem, cap: t.cap, num: t.num, stop: t.stop }));
  const dates = source.dates.map(d => ({ ...d, start: d.start + shift, end: d.end + shift }));
  const numbers = source.numbers.map(n => ({ ...n, start: n.start + shift, end: n.end + shift }));
  const quotes = source.quotes.map(q => ({ ...q, start: q.start + shift, end: q.end + shift }));
  const names = source.names.map(n => ({ ...n, start: n.start + shift, end: n.end + shift }));
  return { sentence, tokens, numbers, dates, names, quotes };
}

/** The names of a sentence given its tokens and dates: a name inside a date ("May 2019") is part of the date. Codes
 *  ("SARS-CoV-2", "M1") count as names. */
export function namesOf(sentence: Sentence, tokens: Token[], dates: DateClaim[]): NameClaim[] {
  const found = isLowercase(sentence.text, tokens) ? extractLowercaseNames(sentence.text, sentence.start, tokens) : extractNames(sentence.text, sentence.start, tokens);
  const names = found.filter(n => !dates.some(d => overlaps(n, d)) && !namesDollars(n.text, sentence.text.slice(n.end - sentence.start)));
  // Identifiers of letters and digits ("SARS-CoV-2") are checked as names are.
  const codes = extractCodes(tokens, dates);
  return codes.length === 0 ? names : [...names, ...codes].sort((a, b) => a.start - b.start);
}

/** Indices [first, last+1) of the tokens a span covers, or undefined when it covers none. */
export function tokenRange(tokens: Token[], span: { start: number; end: number }): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < span.end && span.start < tokens[i].end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : [first, last + 1];
}
