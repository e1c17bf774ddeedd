// Word tokens with offsets, their normal forms and a light stem, shared by every stage that compares words.
// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
import { PassMemo } from './passMemo';
import type { WordTable } from './wordTable';
const ANY_LETTER = /\p{L}/u;
const ANY_NUMBER = /\p{N}/u;
const ANY_MARK = /\p{M}/u;
const ANY_UPPER = /\p{Lu}/u;
const DOTTED_END = /\.\p{L}\.$/u;
const LETTER_DOT = /^\p{L}\.$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+$/u;
const UPPER_FIRST = /^\p{Lu}/u;

export interface Token {
  /** Offsets into the document (UTF-16). */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened, possessive 's dropped. */
  norm: string;
  /** A light stem of norm, for matching inflected forms (fights/fight, talks/talked). */
  stem: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Contains a digit. */
  num: boolean;
  /** A function word that carries no content. */
  stop: boolean;
}

// Words: letters (any script), digits, with inner apostrophes, hyphens, periods (U.N., 3.5) and separators (1,000):
// the matches of
//   /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-‐‑](?=[\p{L}\p{N}])|[.,](?=\p{N})|\.(?=\p{Lu}\.)|(?<=\b\p{Lu})\.(?=\p{Lu}))*\.?/gu
// found by a scanner over character classes (nextToken below) rather than the regular expression: the same matches
// (test/engine/fastPaths.test.ts compares them) without a match object per word.

/** Character classes of a code point: letter, number, mark, upper-case letter. */
const L = 1;
const N = 2;
const M = 4;
const LU = 8;
/** Per BMP code unit, its classes plus KNOWN once worked out (0: not yet). */
const KNOWN = 16;
const BMP_CLASSES = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (ANY_LETTER.test(ch) ? L : 0) | (ANY_NUMBER.test(ch) ? N : 0) | (ANY_MARK.test(ch) ? M : 0) | (ANY_UPPER.test(ch) ? LU : 0);
}

for (let c = 0; c < 128; c++) BMP_CLASSES[c] = classify(String.fromCharCode(c)) | KNOWN;

function classesOf(cp: number): number {
  if (cp < 0x10000) {
    let k = BMP_CLASSES[cp];
    if (k === 0) BMP_CLASSES[cp] = k = classify(String.fromCharCode(cp)) | KNOWN;
    return k;
  }
  return classify(String.fromCodePoint(cp));
}

/** The code point at `i` (a surrogate pair read as one, as a /u expression reads it), or -1 past the end. */
function codePointAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function classesAt(text: string, i: number): number {
  const cp = codePointAt(text, i);
  return cp < 0 ? 0 : classesOf(cp);
}

/** \w of a regular expression without the i flag: [A-Za-z0-9_]. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Scratch for nextToken: the start of the token found. */
let tokenStart = 0;

/** The end of the next token at or after `from` (its start left in tokenStart), or -1 when there is none. */
function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // The first character: a letter or a number.
  for (;;) {
    if (i >= n) return -1;
    const cp = codePointAt(text, i);
    if (classesOf(cp) & (L | N)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  tokenStart = i;
  let q = i + (codePointAt(text, i) > 0xffff ? 2 : 1);
  while (q < n) {
    const cp = codePointAt(text, q);
    if (classesOf(cp) & (L | N | M)) {
      q += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (cp === 0x27 || cp === 0x2019) {
      // ['’](?=\p{L})
      if (classesAt(text, q + 1) & L) {
        q++;
        continue;
      }
      break;
    }
    if (cp === 0x2d || cp === 0x2010 || cp === 0x2011) {
      // [-‐‑](?=[\p{L}\p{N}])
      if (classesAt(text, q + 1) & (L | N)) {
        q++;
        continue;
      }
      break;
    }
    if (cp === 0x2c) {
      // ,(?=\p{N})
      if (classesAt(text, q + 1) & N) {
        q++;
        continue;
      }
      break;
    }
    if (cp === 0x2e) {
      const next = codePointAt(text, q + 1);
      const k = next < 0 ? 0 : classesOf(next);
      // \.(?=\p{N})
      if (k & N) {
        q++;
        continue;
      }
      if (k & LU) {
        // \.(?=\p{Lu}\.)
        if (text.charCodeAt(q + 1 + (next > 0xffff ? 2 : 1)) === 0x2e) {
          q++;
          continue;
        }
        // (?<=\b\p{Lu})\.(?=\p{Lu}): the character before is an upper-case letter at a word boundary.
        const lo = text.charCodeAt(q - 1);
        const p = lo >= 0xdc00 && lo <= 0xdfff && q - 2 >= 0 && text.charCodeAt(q - 2) >= 0xd800 && text.charCodeAt(q - 2) <= 0xdbff ? q - 2 : q - 1;
        if (classesOf(codePointAt(text, p)) & LU && (p > 0 && isWordUnit(text.charCodeAt(p - 1))) !== isWordUnit(text.charCodeAt(p))) {
          q++;
          continue;
        }
      }
      break;
    }
    break;
  }
  // \.?
  if (q < n && text.charCodeAt(q) === 0x2e) q++;
  return q;
}

export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then that this these those ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which what ' +
    'there here when where why how all any both each either neither few more most other some such no not only own same too very ' +
    'just also s t up down out off again further once if while because until after before during through between against ' +
    'said says say told tells according new one ones'
  ).split(/\s+/),
);

/** Whether match[0 .. length) is written in ASCII letters and digits only (most words), and then what formOf reads
 *  of it: PLAIN_CAP when it starts with a capital, PLAIN_NUM when it holds a digit; -1 for any other word. */
const PLAIN_CAP = 1;
const PLAIN_NUM = 2;
function plainWord(match: string, length: number): number {
  let bits = 0;
  for (let i = 0; i < length; i++) {
    const c = match.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) {
      if (i === 0) bits |= PLAIN_CAP;
    } else if (c >= 48 && c <= 57) bits |= PLAIN_NUM;
    else return -1;
  }
  return bits;
}

/** Strips a possessive and normalises apostrophes, accents and case. */
export function normWord(word: string): string {
  // A word of ASCII letters and digits only (most words): lower-casing is all the steps below do to it.
  if (plainWord(word, word.length) >= 0) return word.toLowerCase();
  let w = word.toLowerCase().replace(/’/g, "'").replace(/[‐‑]/g, '-');
  // Accents of Latin letters do not tell words apart: "Féin" / "Fein", "Zürich" / "Zurich".
  // (A combining accent too: "Fe\u0301in", from a scraper's "FÃ©in", see proseMask.)
  if (/[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/.test(w)) w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.endsWith('.') && !DOTTED_END.test(w) && !LETTER_DOT.test(w)) w = w.slice(0, -1);
  return w;
}

/** A light suffix-stripping stem: enough to match fight/fights/fighting, country/countries, talked/talks. */
/** Past forms spelt two ways, one of them irregular: "pled" is "pleaded", "burnt" "burned". */
/** (A Map: looking a new string up as an object's property name makes V8 intern it first, a lookup in its table of
 *  every interned string; that was most of stem's time for the new words of a cold index. stem looks a word up
 *  only when it has four to six letters and ends in "t" or "d", as these do.) */
const PAST_VARIANTS = new Map<string, string>(Object.entries({
  pled: 'plead', spelt: 'spell', learnt: 'learn', burnt: 'burn', dreamt: 'dream', leapt: 'leap', spilt: 'spill', spoilt: 'spoil',
}));

/** /\d/.test(w), without a regular expression object made per call. */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** /([bdgmnprt])\1$/.test(w): the word ends in a doubled b, d, g, m, n, p, r or t. */
function doubledConsonantEnd(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && 'bdgmnprt'.includes(w[n - 1]);
}

/** w.endsWith(suffix), comparing code units as endsWith does, without a call of the built-in per test (stem tests up
 *  to nine suffixes per new word: the built-in's calls were 22 M of the 1,064 M instructions of indexing 1 MB warm,
 *  valgrind). */
function endsWith(w: string, suffix: string): boolean {
  const d = w.length - suffix.length;
  if (d < 0) return false;
  for (let i = 0; i < suffix.length; i++) if (w.charCodeAt(d + i) !== suffix.charCodeAt(i)) return false;
  return true;
}

export function stem(norm: string): string {
  let w = norm;
  // Every past variant is four to six letters ending in "t" or "d": other words skip the lookup.
  const last = w.charCodeAt(w.length - 1);
  if ((last === 0x74 || last === 0x64) && w.length >= 4 && w.length <= 6) {
    const variant = PAST_VARIANTS.get(w);
    if (variant !== undefined) return variant;
  }
  if (w.length <= 3 || hasDigit(w)) return w;
  if (endsWith(w, 'ies') && w.length > 4) return w.slice(0, -3) + 'y';
  // The past of a verb in "-y" too: "denied" is "deny" as "denies" is, or "denied" / "admitted" would not meet WordNet's
  // "deny" / "admit" (probe24); "married", "buried", "carried" likewise. ("died", "tied": four letters, left alone.)
  if (endsWith(w, 'ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (endsWith(w, 'ing') && w.length > 5) w = w.slice(0, -3);
  else if (endsWith(w, 'ed') && w.length > 4) w = w.slice(0, -2);
  else if (endsWith(w, 'es') && (endsWith(w, 'sses') || endsWith(w, 'shes') || endsWith(w, 'ches') || endsWith(w, 'xes') || endsWith(w, 'zes'))) w = w.slice(0, -2);
  else if (endsWith(w, 's') && !endsWith(w, 'ss') && !endsWith(w, 'us') && !endsWith(w, 'is')) w = w.slice(0, -1);
  else if (endsWith(w, 'ly') && w.length > 5) w = w.slice(0, -2);
  if (endsWith(w, 'e') && w.length > 4) w = w.slice(0, -1);
  // doubled consonant left by -ing/-ed: "stopped" -> "stopp" -> "stop"
  if (doubledConsonantEnd(w)) w = w.slice(0, -1);
  return w;
}

/** What a token is as a word: everything but its offsets. One object per distinct word, shared (treat as
 *  read-only). */
export type WordForm = Omit<Token, 'start' | 'end'>;

// A token's fields other than its offsets depend only on the matched characters, and a text uses the same few
// thousand words again and again: each is worked out once (passMemo.ts).
const forms = new PassMemo<WordForm | null>(200_000);

/** How many word forms the shared table holds (for tests: a pass with a table of its own adds none). */
export function sharedWordFormCount(): number {
  return forms.size;
}

/**
 * Runs `pass`, a pass over every word of a set of sources (building their index, reading every sentence's
 * claims), with a table of word forms of its own, dropped after it: the shared table keeps the words that checks
 * meet. The forms are the same either way.
 */
export function withOwnWordForms<T>(pass: () => T, table?: WordFormTable, keep?: (table: WordFormTable) => void): T {
  return forms.during(pass, table, keep);
}

/** The table of word forms a pass used (withOwnWordForms), for a later pass over the same words to go on with. */
export type WordFormTable = Map<string, WordForm | null>;

function formOf(match: string): WordForm | null {
  // A plain word: normWord only lower-cases it, and a period after it is not its own (one letter and a period is
  // an initial, left to the general path). The same form as below, without its regular expressions (which were
  // most of the time of a cold index's new words).
  const dotted = match.charCodeAt(match.length - 1) === 0x2e;
  const length = dotted ? match.length - 1 : match.length;
  const plain = length > (dotted ? 1 : 0) ? plainWord(match, length) : -1;
  if (plain >= 0) {
    const raw = dotted ? match.slice(0, -1) : match;
    const norm = raw.toLowerCase();
    return { text: raw, norm, stem: stem(norm), cap: (plain & PLAIN_CAP) !== 0, num: (plain & PLAIN_NUM) !== 0, stop: STOPWORDS.has(norm) };
  }
  let raw = match;
  // A trailing period belongs to the token only for abbreviations like "U.S." or initials "A."
  if (raw.endsWith('.') && !DOTTED_INITIALS.test(raw) && !DOTTED_END.test(raw)) raw = raw.slice(0, -1);
  const norm = normWord(raw);
  if (!norm) return null;
  // One literal, as above, so that every form has one shape (a spread makes shapes of its own).
  const cap = UPPER_FIRST.test(raw);
  const num = ANY_NUMBER.test(raw);
  return { text: raw, norm, stem: stem(norm), cap, num, stop: STOPWORDS.has(norm) };
}

/** The form of the word matched as `match`, or null when it is no token (worked out once per distinct match). */
function cachedForm(match: string): WordForm | null {
  let f = forms.get(match);
  if (f === undefined) {
    f = formOf(match);
    forms.set(match, f);
  }
  return f;
}

/** The form of `match`, worked out and memoised without a lookup: for a caller that knows the memo does not hold
 *  it (see wordValues). */
function newForm(match: string): WordForm | null {
  const f = formOf(match);
  forms.set(match, f);
  return f;
}

/** Tokenises `text`, whose first character is at document offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const at = tokenStart;
    const f = cachedForm(text.slice(at, end));
    if (f === null) continue;
    const start = base + at;
    out.push({ start, end: start + f.text.length, text: f.text, norm: f.norm, stem: f.stem, cap: f.cap, num: f.num, stop: f.stop });
  }
  return out;
}

/** The forms of the tokens of `text`, in order, into `out` (emptied first): what tokenize gives without the
 *  offsets, and without an object per word (the source index's terms need no more). */
export function wordForms(text: string, out: WordForm[]): WordForm[] {
  out.length = 0;
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const f = cachedForm(text.slice(tokenStart, end));
    if (f !== null) out.push(f);
  }
  return out;
}

/** What `valueOf` gives the form of each token of `text`, in order, into `out` (emptied first), leaving out the
 *  negative ones: each distinct word is looked up in `table` by its characters (no string per token) and its form
 *  worked out and given to `valueOf` the first time the table meets it. For a pass over every word of a set of
 *  sources (building their index), whose values depend only on the word, with a table new to the pass (made for a
 *  withOwnWordForms pass with a new table of forms): a word the table has not met is not among the pass's forms
 *  either, so its form is memoised for the pass without looking it up there first (the lookup, a miss, and then
 *  the insertion each walked the pass's Map: the lookup was 6% of a warm index's CPU samples). */
export function wordValues(text: string, table: WordTable, valueOf: (f: WordForm | null) => number, out: number[]): number[] {
  out.length = 0;
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const at = tokenStart;
    let v = table.get(text, at, end);
    if (v === undefined) {
      v = valueOf(newForm(text.slice(at, end)));
      table.add(text, at, end, v);
    }
    if (v >= 0) out.push(v);
  }
  return out;
}

/** Tokens that carry content: not function words, not bare punctuation. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter(t => !t.stop);
}
