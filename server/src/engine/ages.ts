// Who is how old: the ages a sentence gives people by name. "Enoch Gaver, 21, was killed" and "the 25-year-old
// Harry Kane" say whose age it is; a number and a name merely in one sentence do not.
import type { AnalysedSentence } from './claims';
import type { NameClaim } from './names';
import type { NumberClaim } from './numbers';
import { STOPWORDS } from './tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const WORDS_G = /\p{L}[\p{L}-]*/gu;
const LOWER_FIRST = /^\p{Ll}/u;
const DESCRIBING_GAP = /^(?:\s+\p{Ll}[\p{Ll}-]*){0,3}(?:\s*,\s*(?:(?:who\s+was\s+)?(?:identified|named)\s+as|named)\s+|\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u;

export interface PersonAge {
  person: NameClaim;
  value: number;
  /** The claim that states the age: "21" in "Enoch Gaver, 21," or "25-year-old". */
  claim: NumberClaim;
}

/** Nobody is older; a larger bare number after a name is something else ("Smith, 300, …" is not an age). */
const MAX_AGE = 115;

function isPerson(n: NameClaim): boolean {
  return n.type !== 'place' && n.type !== 'org' && !n.place && n.words.length > 0;
}

/** A whole number that can be an age, written as an age ("53-year-old", "aged 53") or bare ("21"). */
function ageValue(n: NumberClaim | undefined, bare: boolean): number | undefined {
  if (!n || n.hedge || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_AGE) return undefined;
  if (n.unit?.family === 'age') return n.value;
  return bare && !n.unit && !n.words && /^\d{1,3}$/.test(n.text) ? n.value : undefined;
}

/**
 * The ages the sentence ties to a named person:
 * - an appositive right after the name: "Enoch Gaver, 21, was killed", "Tramond Peet, 18.", "Smith (45)",
 *   "Smith, aged 45,", "Jamie Silvonek (left), 14,", "Princess Margaret, then 59,", "Alec Stewart (Age 52)";
 * - an age right before the name, with at most three lower-case words between: "the 25-year-old striker Harry
 *   Kane", or a comma and "identified as" / "named as": "his 13-year-old brother, identified as Abdelkrim
 *   Elmezayen".
 */
export function agesOfPeople(s: AnalysedSentence): PersonAge[] {
  const out: PersonAge[] = [];
  if (s.numbers.length === 0 || s.names.length === 0) return out;
  const { text, start: base } = s.sentence;
  const between = (from: number, to: number) => text.slice(from - base, to - base);
  for (const n of s.names) {
    if (!isPerson(n)) continue;
    // After the name: ", 21," / " (21)" / ", aged 21," / ", then 59," / ", now 27," / " (Age 52)".
    const after = s.numbers.find(x => x.start >= n.end && /^\s*(?:\([^()]{1,20}\)\s*)?(?:,|\()\s*(?:(?:aged?|then|now)\s+)?$/i.test(between(n.end, x.start)));
    const a = ageValue(after, true);
    if (after && a !== undefined && /^\s*(?:[,;.)]|and\b|$)/.test(text.slice(after.end - base, after.end - base + 5))) {
      out.push({ person: n, value: a, claim: after });
      continue;
    }
    // Before the name: "25-year-old striker Harry Kane", "13-year-old brother, identified as Abdelkrim Elmezayen".
    for (const x of s.numbers) {
      if (x.end > n.start || x.unit?.family !== 'age' || !/year/i.test(x.text)) continue;
      const gap = between(x.end, n.start);
      const words = gap.match(WORDS_G) ?? [];
      // ("a 16-year-old Mr Rooney": a title before the name.)
      const nouns = words.filter(w => !/^(?:identified|named|as|who|was|Mr|Mrs|Ms|Miss|Dr)$/.test(w));
      const describing = nouns.length <= 3 && nouns.every(w => LOWER_FIRST.test(w) && !STOPWORDS.has(w));
      if (describing && DESCRIBING_GAP.test(gap)) {
        const v = ageValue(x, false);
        if (v !== undefined) out.push({ person: n, value: v, claim: x });
        break;
      }
    }
  }
  return out;
}

/** The mention opens its sentence, so its first word may be an ordinary word ("Married Adeli, 32,"). */
export function opensSentence(n: NameClaim, s: AnalysedSentence): boolean {
  return s.tokens.length > 0 && s.tokens[0].start === n.start;
}

/** The decades of age a sentence names, by their first year: "60s" gives 60, "twenties" 20. */
export function decadesOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DECADE)) out.push(m[1] ? Number(m[1]) : DECADE_WORDS[m[2].toLowerCase()]);
  return out;
}
const DECADE = /\b(?:([1-9]0)['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
