// Whose figure it is: the name a sentence gives a figure to, read as the nearest name before the figure in its
// clause ("Delta Air Lines came in second place with 5.6 million award seats; United Airlines ranked third with 5
// million": 5.6 million is Delta's, 5 million United's). figure-owner compares the draft's owners with the sources'.
import type { NameClaim } from './names';
import type { NumberClaim } from './numbers';
import type { Token } from './tokens';

/** Words that end a clause: a name before them does not own a figure after them. */
const CLAUSE_BREAKS = new Set([';', ':', 'while', 'whereas', 'but', 'and', 'compared', 'than', 'against', 'versus', 'vs', 'after', 'before', 'when', 'which', 'who', 'whose', 'whom', 'including']);
const PUNCTUATION = /[,;:()–—]/;
/** At most this many words between the owner's name and its figure. */
const MAX_GAP = 8;

/** The name that owns the figure, or undefined when none stands close before it in its clause. */
export function ownerOf(sentence: { text: string; start: number }, tokens: Token[], names: NameClaim[], n: NumberClaim): NameClaim | undefined {
  let best: NameClaim | undefined;
  for (const name of names) {
    if (name.tokenEnd > n.tokenStart || n.tokenStart - name.tokenEnd > MAX_GAP) continue;
    if (!best || name.tokenEnd > best.tokenEnd) best = name;
  }
  if (!best) return undefined;
  for (let k = best.tokenEnd; k < n.tokenStart; k++) {
    const t = tokens[k];
    if (CLAUSE_BREAKS.has(t.norm) || t.num) return undefined;
  }
  // Punctuation is not tokenised: a comma, a semicolon or a bracket between them ends the clause too.
  return PUNCTUATION.test(sentence.text.slice(best.end - sentence.start, n.start - sentence.start)) ? undefined : best;
}
