// Rates: an amount or a count that falls due or comes round per day, week, month or year ("£1,200 a year", "160,000
// vehicles a day"), so that the draft may put it at another rate ("£100 a month") and be read as working it out.
import { sameCurrency, type NumberClaim } from './numbers';
import type { Token } from './tokens';

/** How many times a year an amount falls due or a count comes round: 12 for "£100 a month", "£100-a-month" or "£100
 *  monthly", 1 for "a year", "per annum" or "annually", 365 for "160,000 vehicles a day"; undefined for no rate. */
export function timesAYear(tokens: Token[], n: NumberClaim): number | undefined {
  const joined = /-(?:a|per)-(day|week|month|year)$/.exec(tokens[n.tokenEnd - 1]?.norm ?? '');
  if (joined) return PER_YEAR[joined[1]];
  // After the thing counted: "160,000 vehicles a day".
  let at = n.noun !== undefined && !n.unit ? n.tokenEnd + 1 : n.tokenEnd;
  // After what a measure is of: "500 tonnes of steel every day".
  if (tokens[at]?.norm === 'of' && n.unit?.family === 'count') at += 2;
  const next = tokens[at]?.norm;
  if (next === undefined) return undefined;
  if (/^(?:a|an|per|each|every)$/.test(next)) {
    const period = tokens[at + 1]?.norm;
    return period === undefined ? undefined : period === 'annum' ? 1 : PER_YEAR[period];
  }
  return RATE_ADVERB[next];
}
// (Without Object's prototype: "constructor" is no period.)
const PER_YEAR: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { day: 365, week: 52, month: 12, year: 1 });
const RATE_ADVERB: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { daily: 365, weekly: 52, monthly: 12, annually: 1, yearly: 1 });

/** Amounts in one currency, measures in one unit, or counts of one thing ("vehicles") can be rates of each other. */
export function sameRateKind(n: NumberClaim, e: NumberClaim): boolean {
  if (n.unit?.family === 'money') return e.unit?.family === 'money' && sameCurrency(e.unit.unit, n.unit.unit);
  // Measures in one unit: "500 tonnes … every day" and "3,500 tonnes a week".
  if (n.unit?.family === 'count') return e.unit?.family === 'count' && e.unit.unit === n.unit.unit;
  return !n.unit && !e.unit && !n.fraction && n.noun !== undefined && n.noun === e.noun;
}

/** The words for a rate of `times` a year: "a month" for 12. */
export const RATE_NAME: Record<number, string> = { 1: 'a year', 12: 'a month', 52: 'a week', 365: 'a day' };
