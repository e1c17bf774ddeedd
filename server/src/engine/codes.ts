// Identifiers written with letters and digits: "SARS-CoV-2", "MH370", "the M1", "F-35", "Twenty20", "K2". A writer who
// changes one ("SARS-CoV-4") changes what the sentence is about, so they are checked as names are: stated in a
// source, or another one in its place.
import type { NameClaim } from './names';
import { measuredFigure } from './numbers';
import type { Token } from './tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const LETTER_OR_DIGIT_GROUPS_G = /\p{L}+|\d+/gu;

/** A letter first, a digit later: "COVID-19", "A55", "under-21". Figures with a unit or suffix start with their
 *  digits ("3.5m", "10am", "1980s") and are quantities or times, not codes. */
const CODE = /^\p{L}[\p{L}\p{M}'’.-]*\d/u;
/** "mid-1980s", "pre-2008": a decade or year with a prefix; "Q2", "H1", "FY2023": a part of a year. Not identifiers. */
const NOT_CODE = /^(?:(?:mid|early|late|pre|post)-\d|[QH]\d$|FY\d{2,4}$|once-in-)/i;
/** "magnitude-7.8", "top-10", "under-21": an ordinary word and a figure. */
const DESCRIPTOR = /^(\p{Ll}{3,})-(\d+(?:\.\d+)?)s?$/u;

export function extractCodes(tokens: Token[], taken: Array<{ start: number; end: number }>): NameClaim[] {
  const out: NameClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.num || !CODE.test(t.text) || NOT_CODE.test(t.text) || measuredFigure(t.norm)) continue;
    if (taken.some(s => s.start < t.end && t.start < s.end)) continue;
    out.push({ kind: 'name', start: t.start, end: t.end, text: t.text, words: [t.norm], type: 'unknown', initial: false, code: true, tokenStart: i, tokenEnd: i + 1 });
  }
  return out;
}

/** The letter and digit groups of a code, as a pattern that finds it however the hyphens and spaces fall: "top-10"
 *  in "top 10", "SARS-CoV-2" in "SARS CoV 2". */
export function codePattern(code: string): RegExp {
  const groups = code.toLowerCase().match(LETTER_OR_DIGIT_GROUPS_G) ?? [];
  const escaped = groups.map(g => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\d])${escaped.join('[\\s‐‑-]*')}s?(?![\\p{L}\\d])`, 'iu');
}

/** A word and a figure ("magnitude-7.8", "top-10"): the word and the figure, or undefined for an identifier. */
export function descriptorParts(code: string): { word: string; figure: string } | undefined {
  const m = DESCRIPTOR.exec(code);
  return m ? { word: m[1], figure: m[2] } : undefined;
}
