// unsupported-name: a person, place or organisation that no source mentions in any form (full name, surname,
// demonym, acronym). Suggests the closest source name when one is spelt alike.
import { supportingSentences, type SentenceContext } from '../context';
import { SUGGEST_NAME_SCORE } from '../sourceIndex';
import { isEnglishWord } from '../lowercaseNames';
import { stem } from '../tokens';
import { nameStatedInSources, surnameOnly } from './support';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const LETTERS_ONLY = /^\p{L}+$/u;
const CAPITAL_INSIDE = /^.\p{Ll}*\p{Lu}/u;

export function unsupportedName(ctx: SentenceContext): void {
  for (const n of ctx.draft.names) {
    if (ctx.flagged.has(n)) continue;
    // A lone capitalised word opening a sentence may be an ordinary word ("Scientists", "Fireworks"); only known
    // places count there, and words no English word list has or with a capital inside ("Walmart", "McDonald's").
    if (n.initial && !n.place && !unlikeAWord(n.text)) continue;
    // A heading is title case however short ("# Racing Roundup", "## Weekend Sports Digest"), so its capitals say
    // nothing: there a name of ordinary English words only is taken as words, as a sentence's first word is.
    if (ctx.draft.sentence.block === 'heading' && !n.place && n.text.split(/\s+/u).every(w => !unlikeAWord(w))) continue;
    if (nameStatedInSources(ctx, n)) continue;
    const hit = ctx.index.fuzzyNames().search(n.text, { limit: 1 })[0];
    const expected = hit && (hit.score ?? 1) <= SUGGEST_NAME_SCORE ? hit.item : undefined;
    // Opening a sentence, a source's name misspelt ("Genevieved handed herself in") is left alone: it is no other name.
    if (n.initial && !n.place && expected) continue;
    // The draft spells right an English word the source mistyped: "Environment Department" for "Enviroment
    // Department".
    if (expected && correctsTypo(n.text, expected)) continue;
    ctx.flagged.add(n);
    // "Jeremy Clarkson" where the sources say only "Clarkson": the first name is the draft's own; the fix drops it.
    const bare = surnameOnly(ctx, n);
    if (bare.length > 0) {
      const possessive = /['’]s$/u;
      const surname = bare[0].claim.text.replace(possessive, '');
      // Worded for people and for clubs alike ("Greenock Morton" where the sources say "Morton").
      ctx.findings.push({
        rule: 'unsupported-name',
        span: { start: n.start, end: n.end },
        message: `The sources name only "${surname}", never "${n.text.replace(possessive, '')}".`,
        expected: surname + (possessive.exec(n.text)?.[0] ?? ''),
        evidence: [...new Set(bare.map(s => s.sentence))].slice(0, 3),
      });
      continue;
    }
    ctx.findings.push({
      rule: 'unsupported-name',
      span: { start: n.start, end: n.end },
      message: expected ? `"${n.text}" is not mentioned in any source; did you mean "${expected}"?` : `"${n.text}" is not mentioned in any source.`,
      expected,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
}

/** A word opening a sentence that is no ordinary English word: one with a capital inside ("McDonald's", "iPhone"),
 *  or one the word list lacks in any form ("Walmart") and that is no compound of two words it has ("Motorsport").
 *  Hyphenated words and short ones are left alone. */
function unlikeAWord(text: string): boolean {
  const word = text.replace(/['’]s$/u, '');
  if (!LETTERS_ONLY.test(word) || word.length < 4) return false;
  if (CAPITAL_INSIDE.test(word)) return true;
  const lower = word.toLowerCase();
  return !isEnglishWord(lower, stem(lower)) && !compoundWord(lower);
}

/** Shorter parts are too often a name's syllables ("Good|win"). */
const MIN_COMPOUND_PART = 4;

/** Endings of English place names and surnames that are words too ("Worcester|shire", "Sunder|land", "Green|wood"). */
const PLACE_ENDINGS = new Set(['shire', 'field', 'ford', 'fords', 'borough', 'bridge', 'land', 'wood', 'worth', 'well', 'mouth', 'stone', 'brook', 'more', 'moor', 'water', 'gate', 'hill']);

/** Two English words written as one ("motorsport", "bookshelves"), each part at least four letters, the word not
 *  ending as place names do ("Worcesters|hire"). */
function compoundWord(lower: string): boolean {
  for (const ending of PLACE_ENDINGS) if (lower.endsWith(ending)) return false;
  for (let i = MIN_COMPOUND_PART; i <= lower.length - MIN_COMPOUND_PART; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (isEnglishWord(head) && isEnglishWord(tail, stem(tail))) return true;
  }
  return false;
}

/** `ours` is `theirs` with one word spelt right where theirs misses or adds a letter: an English word against no
 *  word ("Immigration" / "Immgration"). A name spelt otherwise ("Philips" / "Phillips") is no English word. */
function correctsTypo(ours: string, theirs: string): boolean {
  const a = ours.split(/\s+/);
  const b = theirs.split(/\s+/);
  if (a.length !== b.length) return false;
  let fixed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const x = a[i].toLowerCase();
    const y = b[i].toLowerCase();
    if (Math.abs(x.length - y.length) !== 1 || x.length < 6 || !oneLetterApart(x, y)) return false;
    if (!isEnglishWord(x, stem(x)) || isEnglishWord(y, stem(y))) return false;
    fixed++;
  }
  return fixed === 1;
}

/** The longer word is the shorter with one letter put in. */
function oneLetterApart(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
