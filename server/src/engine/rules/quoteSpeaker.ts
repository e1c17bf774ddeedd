// name-mismatch, for a quotation: the draft gives a source's words to someone the source does not. "Labour's Claire
// Baker said "each of the lives lost is one life too many"" where the source has "Justice Secretary Michael
// Matheson said: "… each of the lives lost is one life too many"". The speaker is the name written right before or
// after a verb of saying ("X said", "said X", "X conceded:", "according to X"), in the draft and in the source
// sentence holding the words (or the sentence before it, when that one has no such verb); the draft's speaker must
// be none of the source's, nor named anywhere in those sentences.
import type { SentenceContext } from '../context';
import { namesAgree, type NameClaim } from '../names';
import { quoteWords, type QuoteClaim } from '../quotes';
import type { IndexedSentence } from '../sourceIndex';
import type { Token } from '../tokens';
import type { Sentence } from '../types';
import { oneNameForBoth } from './support';

// Made once: esbuild compiles a \p{…} literal to `new RegExp(…)`, which a literal inside a function makes per call.
const LOWER_FIRST = /^\p{Ll}/u;
/** A quotation mark that may open a quotation. */
const QUOTE_MARK = /["“‘']/;

// ("'…,' Mr Lane revealed at the bail hearing" gives the next sentence's quotation to Mr Lane too: probe24.)
export const SPEECH_VERBS = new Set(
  'said says say told tells added adds warned warns conceded concedes explained explains insisted insists claimed claims stated states declared declares wrote writes argued argues noted notes replied replies admitted admits revealed reveals recalled recalls'.split(' '),
);

/** Verbs of saying whose object is the one told. */
const TOLD = new Set(['told', 'tells', 'tell']);

/** Verbs whose subject says the quoted words, but not their object: "Clarke described Smith as '…'". */
const SUBJECT_VERBS = new Set(['described', 'describes', 'calls', 'called']);

export function quoteSpeaker(ctx: SentenceContext): void {
  const quotes = ctx.draft.quotes.filter(q => !ctx.flagged.has(q));
  if (quotes.length !== 1) return;
  const q = quotes[0];
  const speakers = speakersOf(ctx.draft.sentence, ctx.draft.tokens, ctx.draft.names, [q]);
  if (speakers.length !== 1 || ctx.flagged.has(speakers[0])) return;
  const ours = speakers[0];
  const source = ctx.candidates.slice(0, 5).map(c => c.sentence).find(s => holdsQuote(s, q));
  if (!source) return;
  let theirs = speakersOf(source.sentence, source.tokens, source.names, source.quotes);
  let said: IndexedSentence = source;
  // The sentence before speaks where this one has no verb of saying, or says it with a pronoun ("… editor Pavel Orlov
  // said his staff would keep reporting. "We never meant to offend anyone," he wrote."; probe22, a frank-bbc article).
  if (theirs.length === 0 && (!source.tokens.some(t => SPEECH_VERBS.has(t.norm)) || pronounSays(source.tokens))) {
    const before = source.doc.sentences[source.doc.sentences.indexOf(source) - 1];
    if (before) {
      theirs = speakersOf(before.sentence, before.tokens, before.names, before.quotes);
      said = before;
    }
  }
  if (theirs.length === 0 || theirs.some(t => namesAgree(ours, t))) return;
  // One name of the sources covers both: "the Commission" and "the EC" for "the European Commission".
  if (theirs.some(t => oneNameForBoth(ctx, ours, t))) return;
  // The draft names the source's speaker too ("Val Shawcross, Labour's spokeswoman on the London Assembly, said").
  if (ctx.draft.names.some(n => n !== ours && theirs.some(t => namesAgree(n, t)))) return;
  // Named inside the quoted words ("… I told Baker …"), or in the speaker's title ("Labour leader Keir Starmer" for
  // "Labour called it"): perhaps the speaker after all. Named elsewhere in the sentence is no defence: "'I was a bit
  // bored,' said Kyrgios … against Querrey" is still Kyrgios's line.
  const near = [...source.names, ...(said === source ? [] : said.names)].filter(
    n => source.quotes.some(x => n.start < x.end && x.start < n.end) || theirs.some(t => said.names.includes(n) && n.tokenEnd <= t.tokenStart && t.tokenStart - n.tokenEnd <= TITLE_WORDS),
  );
  const words = new Set(near.flatMap(n => n.words));
  if (ours.words.some(w => words.has(w))) return;
  ctx.flagged.add(ours);
  ctx.findings.push({
    rule: 'name-mismatch',
    span: { start: ours.start, end: ours.end },
    message: `"${ours.text}" here; the source gives these words to "${theirs[0].text}".`,
    expected: theirs[0].text,
    evidence: [source],
  });
}

/** The names written right before or after a verb of saying, outside the sentence's quotations: "X said", "said
 *  X", "said national selector X", "X, sentencing, said", "according to X"; "X of the Y said" is X. */
function speakersOf(sentence: Sentence, tokens: Token[], names: NameClaim[], quotes: QuoteClaim[]): NameClaim[] {
  const quoted = (n: NameClaim) => quotes.some(q => n.start < q.end && q.start < n.end);
  const out: NameClaim[] = [];
  for (const n of names) {
    if (quoted(n) || n.place || n.code) continue;
    const after = tokens[n.tokenEnd]?.norm;
    const before = tokens[n.tokenStart - 1]?.norm;
    const twoBefore = tokens[n.tokenStart - 2]?.norm;
    // (Punctuation is no token: "Philip Head, sentencing said" reads "head sentencing said".)
    // ("Castro allegedly told": an adverb between.)
    const verbAfter = after !== undefined && (SPEECH_VERBS.has(after) || SUBJECT_VERBS.has(after) || (/(?:ing|ly)$/.test(after) && SPEECH_VERBS.has(tokens[n.tokenEnd + 1]?.norm ?? '')));
    if (!verbAfter && !saidBefore(tokens, n.tokenStart) && !(twoBefore === 'according' && before === 'to')) continue;
    // "who said: 'Plenty of the effects are harmful." opens a quotation the next sentence closes: its first word is
    // no speaker (probe16, a frank-cnndm article).
    if (!verbAfter && n.tokenStart > 0 && QUOTE_MARK.test(sentence.text.slice(tokens[n.tokenStart - 1].end - sentence.start, n.start - sentence.start))) continue;
    // "Edmund King of the AA called it": the speaker is the name before "of"; so is "Dr Ann Hale, paediatric
    // consultant at Leeds General Infirmary, said" (a title between the person and the place they work).
    const k = n.tokenStart - (before === 'the' ? 2 : 1);
    const head = verbAfter ? (AFFILIATION.has(tokens[k]?.norm ?? '') ? personBefore(tokens, names, k) : appositiveOwner(sentence, tokens, names, n)) : undefined;
    if (head && !quoted(head)) {
      if (!out.includes(head)) out.push(head);
    } else if (!head) {
      // "said Acme chief operating officer John Smith", "said Acme's head of sales, John Smith": the name after "said"
      // may be the organisation of the titled person who follows, the speaker too.
      const titled = verbAfter ? undefined : titledAfter(tokens, names, n);
      if (titled && !quoted(titled) && !out.includes(titled)) out.push(titled);
      out.push(n);
    }
  }
  return out;
}

/** A pronoun right before or after a verb of saying: "he wrote", "said she". */
function pronounSays(tokens: Token[]): boolean {
  return tokens.some((t, k) => SPEECH_VERBS.has(t.norm) && (PRONOUNS.has(tokens[k - 1]?.norm ?? '') || PRONOUNS.has(tokens[k + 1]?.norm ?? '')));
}
const PRONOUNS = new Set(['he', 'she', 'they']);

/** Words between a person and where they work: "of the AA", "from Acme", "consultant at Leeds General Infirmary". */
const AFFILIATION = new Set(['of', 'from', 'at']);

/** The name that ends at token `k`, or, after a few words of a title, before them: "Edmund King" of "Edmund King of
 *  the AA", "Ann Hale" of "Ann Hale, paediatric intensive care consultant at". */
function personBefore(tokens: Token[], names: NameClaim[], k: number): NameClaim | undefined {
  const right = names.find(m => m.tokenEnd === k);
  if (right || tokens[k].norm !== 'at') return right;
  // Tokens j … k-1 are the title, in lower case.
  for (let j = k; j > 0 && j >= k - TITLE_GAP; j--) {
    const m = j < k ? names.find(x => x.tokenEnd === j) : undefined;
    if (m) return m.type === 'place' || m.type === 'org' || m.place ? undefined : m;
    if (!titleWord(tokens[j - 1]) || !LOWER_FIRST.test(tokens[j - 1].text)) return undefined;
  }
  return undefined;
}

/** The person a comma-set description ending in `n` is about: "Ruth Okafor" of "Ruth Okafor, partner at the firm
 *  Dellmont, said", "Rhian Powell" of "Rhian Powell, MP for Kilbury, said" (probe21, frank and xsumfaith articles).
 *  Undefined unless commas close the description before the verb and open it after a person's name. */
function appositiveOwner(sentence: Sentence, tokens: Token[], names: NameClaim[], n: NameClaim): NameClaim | undefined {
  const gap = (j: number) => sentence.text.slice(tokens[j - 1].end - sentence.start, tokens[j].start - sentence.start);
  if (n.tokenEnd >= tokens.length || !gap(n.tokenEnd).includes(',')) return undefined;
  for (let j = n.tokenStart; j > 0 && j >= n.tokenStart - APPOSITIVE_WORDS; j--) {
    if (j < n.tokenStart && (tokens[j].num || SPEECH_VERBS.has(tokens[j].norm))) return undefined;
    if (!gap(j).includes(',')) continue;
    const m = names.find(x => x.tokenEnd === j);
    return m && !m.place && m.type !== 'place' && m.type !== 'org' ? m : undefined;
  }
  return undefined;
}
/** Words a description between a person and a verb of saying may have. */
const APPOSITIVE_WORDS = 8;

/** The last name of a chain of names joined by titles after `n`: "John Smith" of "Acme chief operating officer John
 *  Smith", "Jane Doe" of "Labour Party Leader and Shadow Chancellor, Jane Doe". Undefined when none follows. */
function titledAfter(tokens: Token[], names: NameClaim[], n: NameClaim): NameClaim | undefined {
  let last = n;
  for (;;) {
    const next = names.find(m => m.tokenStart >= last.tokenEnd && m.tokenStart - last.tokenEnd <= TITLE_GAP);
    if (!next || !tokens.slice(last.tokenEnd, next.tokenStart).every(titleWord)) break;
    last = next;
  }
  return last === n ? undefined : last;
}

/** Words of a title between an organisation and a person: "chief operating officer", "head of sales", "and". */
function titleWord(t: Token): boolean {
  return !t.num && !SPEECH_VERBS.has(t.norm) && !NOT_TITLE.has(t.norm) && (!t.stop || TITLE_STOPS.has(t.norm));
}
const TITLE_GAP = 5;
const TITLE_STOPS = new Set(['of', 'the', 'and', 'for', 'at']);
const NOT_TITLE = new Set(['who', 'which', 'that', 'when', 'while', 'after', 'before', 'as', 'but', 'with', 'to']);

/** A verb of saying right before token `i`, or before a title of up to three lower-case words ("said national
 *  selector Rod Marsh"). */
function saidBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    // "told Roldan": the one told is no speaker.
    if (SPEECH_VERBS.has(tokens[k].norm)) return !TOLD.has(tokens[k].norm);
    if (tokens[k].num || !LOWER_FIRST.test(tokens[k].text) || tokens[k].stop) return false;
  }
  return false;
}

/** The source sentence holds the quotation's words (its first part), in order. */
function holdsQuote(s: IndexedSentence, q: QuoteClaim): boolean {
  const part = q.parts[0];
  if (!part || part.length < MIN_WORDS) return false;
  return ` ${quoteWords(s.sentence.text).join(' ')} `.includes(` ${part.join(' ')} `);
}

/** A speaker's title between a name and the speaker: "Labour [leader] Keir Starmer", "AA [president] Edmund King". */
const TITLE_WORDS = 3;

/** A quotation of fewer words ("gutted") is too common to say whose it is. */
const MIN_WORDS = 4;
