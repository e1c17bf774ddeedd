// Names in a sentence written all in lower case ("a man from stranraer has been conned…", as lower-cased datasets
// and some drafts are written), where capitals cannot tell a name from an ordinary word: a run of words that are not
// English words (by the ~275,000-word list of `an-array-of-english-words`, which leaves out proper nouns) is a name,
// unless it is a place.
// The word list is loaded on the first lower-case sentence only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalPlace } from './places';
import type { NameClaim } from './names';
import { STOPWORDS, type Token } from './tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const ANY_UPPER = /\p{Lu}/u;
const PLAIN_WORD = /^\p{L}+(?:[-']\p{L}+)*$/u;
const HYPHEN_BEFORE_LETTER = /-(?=\p{L})/u;

/** The bundles in dist/ ship the list beside them as sorted lines (scripts/build.mjs writes it, so the .vsix needs
 *  no node_modules and the bundle stays small); run from source, it comes from node_modules. */
const WORD_LIST_FILE = 'english-words.txt';

/** A sorted word list kept as one string and the offsets of its lines: about 5 MB where a Set of the same 275,000
 *  words takes 50 MB. Looked up by binary search. */
export class WordList {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
    this.starts[n] = text.length + 1;
  }

  /** The words one per line, sorted as JavaScript sorts strings. */
  static fromWords(words: string[]): WordList {
    return new WordList([...words].sort().join('\n'));
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.text.slice(this.starts[mid], this.starts[mid + 1] - 1);
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

let english: WordList | undefined;

function englishWords(): WordList {
  if (!english) {
    const beside = path.join(__dirname, WORD_LIST_FILE);
    english = fs.existsSync(beside)
      ? new WordList(fs.readFileSync(beside, 'utf8'))
      : WordList.fromWords(JSON.parse(fs.readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8')) as string[]);
  }
  return english;
}

/** The word (lower case) is in the English word list, as written or as its stem. */
export function isEnglishWord(norm: string, stem = norm): boolean {
  const words = englishWords();
  return words.has(norm) || words.has(stem);
}

/** A sentence with words but no capital letter at all. */
export function isLowercase(text: string, tokens: Token[]): boolean {
  return tokens.length >= 4 && !ANY_UPPER.test(text);
}

/** Words of the lists that carry no content on their own, tokenisation leftovers of lower-cased datasets included. */
const NOT_NAMES = new Set(["n't", 'unk', 'lrb', 'rrb', 'lsb', 'rsb', 'lcb', 'rcb', 'cnn', 'bbc', 'lbs', 'mps', 'mph', 'kph', 'msps', 'meps']);
/** Months and weekdays are dates, not names. */
const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

function nameLike(t: Token): boolean {
  if (t.num || t.stop || t.norm.length < 3 || NOT_NAMES.has(t.norm) || DATE_WORDS.has(t.norm)) return false;
  if (!PLAIN_WORD.test(t.norm)) return false;
  // Countries, regions and demonyms are left out: in lower case many are ordinary words (china, turkey, jordan,
  // wales), and they are what a summary most often adds from common knowledge ("england", "british"). On the dev
  // data, taking them cost more false alarms than it found errors (README, Accuracy).
  if (canonicalPlace(t.norm)) return false;
  const words = englishWords();
  if (words.has(t.norm) || words.has(t.stem)) return false;
  // "well-known", "re-signed", and "sussex-and" (a dash lost in lower-casing): a hyphenated word with an English
  // or function word in it is not a name.
  return !t.norm.split(/[-']/).some(p => words.has(p) || STOPWORDS.has(p) || p.length < 3);
}

/** Above this share of name-like words, the sentence is not in English (a Welsh line in an English story). */
const MAX_NAME_SHARE = 0.5;

/** The names of a lower-case sentence: runs of name-like words. */
export function extractLowercaseNames(text: string, base: number, tokens: Token[]): NameClaim[] {
  const out: NameClaim[] = [];
  const like = tokens.map(nameLike);
  const content = tokens.filter(t => !t.stop && !t.num).length;
  if (like.filter(Boolean).length > MAX_NAME_SHARE * Math.max(content, 4)) return out;
  let i = 0;
  while (i < tokens.length) {
    if (!like[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && like[j] && tokens[j].start - tokens[j - 1].end <= 1) j++;
    const raw = text.slice(tokens[i].start - base, tokens[j - 1].end - base);
    const words = tokens.slice(i, j).flatMap(t => t.norm.split(HYPHEN_BEFORE_LETTER));
    out.push({ kind: 'name', start: tokens[i].start, end: tokens[j - 1].end, text: raw, words, type: 'unknown', initial: false, tokenStart: i, tokenEnd: j });
    i = j;
  }
  return out;
}
