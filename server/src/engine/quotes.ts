// Quotations: words between straight or curly double quotes (and single quotes), split at ellipses into the parts
// that must each appear, in order, in a source.
import { PassMemo } from './passMemo';
import { normWord } from './tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const ANY_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER_CLASS = /[\p{L}]/u;

export interface QuoteClaim {
  kind: 'quote';
  /** Offsets of the quoted words, without the quotation marks. */
  start: number;
  end: number;
  text: string;
  /** Normalised words of each part between ellipses. */
  parts: string[][];
}

// (``…'' is how tokenised datasets write double quotes. XSum's drafts escape the closing marks, ``…\'\', and are
// left unread: their quotations often come from the article's first sentence, which the dataset removed; read, they
// flagged 11 more consistent dev pairs, for 70 inconsistent.)
const PAIRS: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['``', "''"]];
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Each written word's normal form, worked out once (passMemo.ts). */
const forms = new PassMemo<string>(100_000);

/** Runs `pass`, a pass over every word of a set of sources (the stream of quotation words), with a table of its
 *  own, dropped after it (2.5 MB of live heap for 10 MB of sources). */
export function withOwnQuoteWords<T>(pass: () => T): T {
  return forms.during(pass);
}

/** Brackets as tokenised datasets write them ("-lrb- is strong -rrb-"): no words. */
const BRACKET_TOKENS = new Set(['lrb', 'rrb', 'lsb', 'rsb', 'lcb', 'rcb', 'LRB', 'RRB', 'LSB', 'RSB', 'LCB', 'RCB']);

/** Lower-cased words with apostrophes straightened; the unit quotes are compared in. */
export function quoteWords(text: string): string[] {
  const out: string[] = [];
  // Contractions split off as tokenised text has them ("i 'm", "do n't") are the same words as "I'm", "don't".
  if (/\s['’n]/.test(text)) text = text.replace(/\s+(?=['’](?:m|re|s|ve|ll|d)\b|n['’]t\b)/giu, '');
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const word = m[0];
    if (BRACKET_TOKENS.has(word)) continue;
    let form = forms.get(word);
    if (form === undefined) {
      form = normWord(word).replace(/'s$/, '');
      forms.set(word, form);
    }
    // "100 per cent" and "100 percent" are the words of "100%", whose sign is no word (probe22, a frank-bbc quote).
    if (form === 'percent' && out.length > 0 && endsInDigit(out[out.length - 1])) continue;
    if (form === 'cent' && out.length > 1 && out[out.length - 1] === 'per' && endsInDigit(out[out.length - 2])) {
      out.pop();
      continue;
    }
    out.push(form);
  }
  return out;
}

function endsInDigit(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 48 && c <= 57;
}

/** A quotation's parts between ellipses, each its normalised words. An editor's words in square brackets ("confident
 *  [the company] will emerge") stand for source words, as an ellipsis does. */
function quoteParts(quoted: string): string[][] {
  return quoted.split(/\.\.\.|…|\[[^\]]*\]/).map(quoteWords).filter(p => p.length > 0);
}

/** Extracts quotations from a sentence whose text starts at document offset `base`; with `openQuotes`, a
 *  quotation the sentence opens or closes alone too (quoteAcrossSentences). */
export function extractQuotes(text: string, base: number, openQuotes = false): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      // A curly single quote opens a quotation only at a word start; elsewhere it is an apostrophe.
      if (open === '‘' && o > 0 && ANY_LETTER_OR_NUMBER.test(text[o - 1])) {
        from = o + 1;
        continue;
      }
      const at = o + open.length;
      let c = text.indexOf(close, at);
      if (close === '’') {
        while (c >= 0 && LETTER_CLASS.test(text[c + 1] ?? '')) c = text.indexOf(close, c + 1); // skip apostrophes (don’t)
      }
      if (c < 0) break;
      const inner = text.slice(at, c);
      const trimmed = inner.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
      const lead = inner.indexOf(trimmed);
      const parts = quoteParts(trimmed);
      if (parts.length > 0 && !out.some(q => q.start <= base + o && q.end >= base + c)) {
        out.push({ kind: 'quote', start: base + at + lead, end: base + at + lead + trimmed.length, text: trimmed, parts });
      }
      from = c + close.length;
    }
  }
  straightSingleQuotes(text, base, out);
  if (openQuotes) quoteAcrossSentences(text, base, out);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A quotation of several sentences, opened in one and closed in another: `"He's lost a lot of weight.` opens it
 * and `He's not in good health," Dorn said.` closes it (probe19: a word changed in the first sentence of two went
 * unread). A double quotation mark the sentence leaves open quotes the rest of the sentence; one it closes without
 * opening, the sentence up to it. A straight mark opens before a word after a space, and closes after a word or a
 * stop before a space or a stop; anything else ("6\" pipe", stray marks) is no quotation. Three words at least.
 */
function quoteAcrossSentences(text: string, base: number, out: QuoteClaim[]): void {
  const curlyOpen = text.lastIndexOf('“');
  const curlyClose = text.indexOf('”');
  let from = -1;
  let to = -1;
  if (curlyOpen >= 0 && text.indexOf('”', curlyOpen) < 0) (from = curlyOpen + 1), (to = text.length);
  else if (curlyClose >= 0 && text.lastIndexOf('“', curlyClose) < 0) (from = 0), (to = curlyClose);
  else {
    const first = text.indexOf('"');
    if (first < 0 || text.indexOf('"', first + 1) >= 0) return;
    const before = text[first - 1] ?? ' ';
    const after = text[first + 1] ?? ' ';
    if (/\s|[(\[—–-]/.test(before) && LETTER_CLASS.test(after)) (from = first + 1), (to = text.length);
    else if ((LETTER_CLASS.test(before) || /[.,!?]/.test(before)) && /\s|[.,;:!?)]/.test(after)) (from = 0), (to = first);
    else return;
  }
  const inner = text.slice(from, to);
  const trimmed = inner.replace(/^[\s,.;:]+|[\s,.;:!?]+$/g, '');
  const parts = quoteParts(trimmed);
  if (parts.reduce((n, p) => n + p.length, 0) < 3) return;
  const start = base + from + inner.indexOf(trimmed);
  if (out.some(q => q.start < start + trimmed.length && start < q.end)) return;
  out.push({ kind: 'quote', start, end: start + trimmed.length, text: trimmed, parts });
}

/**
 * Quotations in straight single quotes, as British papers write them ('I was shocked,' he said). The mark is an
 * apostrophe far more often, so a quotation opens only before a letter at a word start (not "'s", "'re" split off a
 * word), closes only after a letter or stop and not before a letter (not "don't"), and holds three words or more
 * ("the players' union" does not close one).
 */
function straightSingleQuotes(text: string, base: number, out: QuoteClaim[]): void {
  let from = 0;
  for (;;) {
    const o = text.indexOf("'", from);
    if (o < 0) return;
    from = o + 1;
    if ((o > 0 && NO_QUOTE_OPENS_AFTER.test(text[o - 1])) || !LETTER_CLASS.test(text[o + 1] ?? '') || CONTRACTION_AFTER.test(text.slice(o + 1, o + 4))) continue;
    let c = text.indexOf("'", o + 1);
    // (Nor is the mark half of a tokenised '' closing a double quotation.)
    while (c >= 0 && (LETTER_CLASS.test(text[c + 1] ?? '') || /\s/.test(text[c - 1]) || /['\\]/.test(text[c + 1] ?? '') || /['\\]/.test(text[c - 1]))) c = text.indexOf("'", c + 1);
    if (c < 0) return;
    const inner = text.slice(o + 1, c);
    const trimmed = inner.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
    const parts = quoteParts(trimmed);
    if (parts.reduce((n, p) => n + p.length, 0) < 3 || out.some(q => q.start <= base + o && q.end >= base + c)) continue;
    const lead = inner.indexOf(trimmed);
    out.push({ kind: 'quote', start: base + o + 1 + lead, end: base + o + 1 + lead + trimmed.length, text: trimmed, parts });
    from = c + 1;
  }
}
const CONTRACTION_AFTER = /^(?:s|re|ve|ll|d|m|t)(?![\p{L}])/iu;
/** A letter, figure, quotation mark or backslash before the mark: an apostrophe or part of another mark. */
const NO_QUOTE_OPENS_AFTER = /[\p{L}\p{N}'`\\]/u;

/** Finds `words` as a contiguous run in `haystack` (a source's word stream); returns its index or -1. */
export function findRun(haystack: string[], positions: Map<string, number[]>, words: string[], from = 0): number {
  if (words.length === 0) return -1;
  // Anchor on the quote's rarest word: its occurrences are the fewest places the run can be.
  let anchor = 0;
  let fewest: number[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const list = positions.get(words[k]);
    if (!list) return -1;
    if (!fewest || list.length < fewest.length) {
      fewest = list;
      anchor = k;
    }
  }
  let best = -1;
  outer: for (const p of fewest!) {
    const s = p - anchor;
    if (s < from || (best >= 0 && s >= best)) continue;
    for (let k = 0; k < words.length; k++) if (haystack[s + k] !== words[k]) continue outer;
    best = s;
  }
  return best;
}

/** Two words that differ only in their ending ("connection" / "connectivity", "said" is not "says"). */
export function sameWordFamily(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 5 && k >= 0.7 * Math.min(a.length, b.length);
}

/**
 * Where a source sentence's words hold every content word of the quote, in order and close together (within the
 * quote's length plus four words): the quote is then the source's words reworded, not words from nowhere.
 * Returns the [first, last] indices into `words`, or undefined.
 */
export function looseRun(words: string[], content: string[], quoteLength: number): [number, number] | undefined {
  if (content.length === 0) return undefined;
  const window = quoteLength + 4;
  for (let s = 0; s < words.length; s++) {
    if (!sameWordFamily(words[s], content[0])) continue;
    let k = 1;
    let j = s + 1;
    for (; j < words.length && j - s < window && k < content.length; j++) if (sameWordFamily(words[j], content[k])) k++;
    if (k === content.length) return [s, j - 1];
  }
  return undefined;
}
