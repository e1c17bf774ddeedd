// Scores of games and contests: two whole figures joined by a dash ("12-4", "2–1"). Read by the score rule, which
// compares them whole, and by the arithmetic of support.ts, which does not subtract a goal of a score from a points
// lead ("11 points clear" is no difference of "a 13-point lead" and "2-0").
import type { NumberClaim } from './numbers';

/** The scores a sentence writes: two whole figures joined by a hyphen or dash ("12-4", "2–1"), not a year span
 *  ("2019-20"), nor a range of things counted ("10-12 people"): nothing but a word of winning or losing may follow. */
export function scoresOf(text: string, base: number, numbers: NumberClaim[]): Array<[NumberClaim, NumberClaim]> {
  const out: Array<[NumberClaim, NumberClaim]> = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    if (a.unit || b.unit || a.hedge || b.hedge || a.words || b.words || !Number.isInteger(a.value) || !Number.isInteger(b.value)) continue;
    if (a.value >= 1000 || b.value >= 1000 || !/^[-–]$/.test(text.slice(a.end - base, b.start - base))) continue;
    const next = WORD_AFTER.exec(text.slice(b.end - base))?.[1];
    if (next !== undefined && !SCORE_NOUNS.test(next) && !SCORE_FOLLOWERS.has(next)) continue;
    out.push([a, b]);
  }
  return out;
}
const WORD_AFTER = /^\s+([a-z]+)/;
/** Words a score may have after it: "a 2-0 win", "3-1 on aggregate", "won 2-1 at Mainz". */
const SCORE_NOUNS = /^(?:win|victor|defeat|lead|loss|los|draw|triumph|aggregate|scoreline|thrash|success|drub|rout|home|away|result|margin|reverse|hammering)/;
const SCORE_FOLLOWERS = new Set(['on', 'in', 'at', 'to', 'with', 'after', 'against', 'over', 'and', 'but', 'for', 'by', 'from', 'before', 'as', 'when', 'while', 'thanks', 'despite', 'the', 'a', 'this', 'last', 'that', 'which', 'up', 'down', 'ahead', 'behind']);

