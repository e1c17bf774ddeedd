// Shares written as fractions: "half of the voters", "two-thirds of the staff", "a quarter of", "nine in ten doctors",
// "one out of five", read as percentages so that a draft's "50%", "67%" or "90%" is found stated in a source that
// writes the share as a fraction; "a quarter-point" rise of a rate, "a quarter of a percentage point", 0.25 (points);
// and a change as a multiple ("doubled" a rise of 100%, "halved" a fall of 50%). They support a draft's
// figures; a draft's own fractions are not checked (writers round and reword shares freely).
import { boundTakesItsValue, hedgeBefore, type NumberClaim } from './numbers';
import type { Token } from './tokens';

// Maps, not objects: every token is looked up, and V8 looks a string up in its table of interned strings before
// reading an object's property by it (about 6 times a Map's lookup for a new string).
const COUNT = new Map<string, number>(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
}));
const PARTS = new Map<string, number>(Object.entries({
  third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
}));
const SMALL = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100,
}));

/** Fraction signs written alone for a share: "¾ of" (a figure after a whole number, "1½ years", is numbers.ts's). */
const VULGAR_SHARE = new Map<string, number>(Object.entries({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }));

/** A change written as a multiple, as the share it changes by. */
const MULTIPLIED = new Map<string, number>(Object.entries({
  doubled: 1, doubling: 1, tripled: 2, trebled: 2, tripling: 2, quadrupled: 3, halved: 0.5, halving: 0.5,
}));

/** A multiple written as a word: "treble what it costs", "twice as many", "double the rate". */
const MULTIPLE_WORDS = new Map<string, number>(Object.entries({ twice: 2, double: 2, treble: 3, triple: 3, quadruple: 4 }));
/** The words after which a multiple word or "N times" compares one amount with another. */
const COMPARED = new Set(['what', 'as', 'the', 'that', 'its', 'their', 'his', 'her', 'this', 'those', 'our', 'more', 'higher', 'bigger', 'larger', 'greater', 'faster', 'longer']);

/** After "point" or "percentage point" starting at tokens[k]: the index past it, or 0. */
function pointEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.norm === 'point') return k + 1;
  return tokens[k]?.norm === 'percentage' && tokens[k + 1]?.norm === 'point' ? k + 2 : 0;
}

function count(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d{1,4}(?:,\d{3})*$/.test(t.norm)) return Number(t.norm.replace(/,/g, ''));
  return SMALL.get(t.norm);
}

/** tokens[i .. j) as a share: a percentage of `ratio`, or (`points`) that many percentage points, unitless. */
function share(tokens: Token[], text: string, base: number, i: number, j: number, ratio: number, points = false): NumberClaim {
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const claim: NumberClaim = { kind: 'number', start, end, text: text.slice(start - base, end - base), value: ratio, sig: 2, words: true, fraction: true, tokenStart: i, tokenEnd: j };
  if (points) return claim;
  claim.value = Math.round(ratio * 100 * 1000) / 1000;
  claim.unit = { family: 'percent', unit: '%' };
  // A hedge before it is the share's: "more than four out of five" is over 80%. Thirds and the like are not whole
  // percentages: "a third" stands for about 33%.
  const hedge = hedgeBefore(tokens, i);
  if (hedge) {
    claim.hedge = hedge;
    if (boundTakesItsValue(tokens, i, claim)) claim.inclusive = true;
  } else if (!Number.isInteger(claim.value * 10)) claim.hedge = 'about';
  return claim;
}

/** Hedges that may stand between "by" and a share: "cut by about a fifth". */
const BY_HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'approximately', 'just']);

/** tokens[i] follows "by", or "by" and a hedge: "fell by a quarter", "shrinking by about a fifth". */
function afterBy(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.norm === 'by' || (BY_HEDGES.has(tokens[i - 1]?.norm ?? '') && tokens[i - 2]?.norm === 'by');
}

/** A multiple starting at tokens[i] ("treble", "twice", "three times"), followed by a word that compares. */
function multipleAt(tokens: Token[], i: number): { value: number; end: number } | undefined {
  const w = tokens[i].norm;
  const word = MULTIPLE_WORDS.get(w);
  let value: number | undefined;
  let end = i + 1;
  if (word !== undefined) {
    const before = tokens[i - 1]?.norm ?? '';
    if (w !== 'twice' && /^(?:a|an|the|to|will|would|could|can|may|might|should|must)$/.test(before)) return undefined;
    value = word;
  } else if (tokens[i + 1]?.norm === 'times') {
    value = count(tokens[i]);
    if (value === undefined || value < 2 || value > 100 || !/^[a-z]+$|^\d+$/.test(w)) return undefined;
    end = i + 2;
  } else return undefined;
  const next = tokens[end]?.norm;
  if (next === undefined || !COMPARED.has(next)) return undefined;
  // "twice as likely", "three times as many … as": not "scored twice as Italy came from behind".
  if (next === 'as' && !asCompares(tokens, end)) return undefined;
  return { value, end };
}

/** Words that "as" compares after a multiple: "twice as many", "three times as likely". */
const AS_WORDS = new Set(['many', 'much', 'likely', 'high', 'big', 'large', 'long', 'fast', 'often', 'expensive', 'old', 'far', 'strong', 'quick', 'quickly', 'popular', 'common', 'bad', 'good', 'great', 'low', 'heavy', 'tall', 'wide', 'deep', 'hard', 'cheap', 'small', 'few', 'little', 'rich', 'costly', 'deadly', 'dangerous', 'effective', 'severe']);

/** "as" at tokens[k] compares: a word of AS_WORDS after it, or a second "as" or "than" a few words on. */
function asCompares(tokens: Token[], k: number): boolean {
  if (AS_WORDS.has(tokens[k + 1]?.norm ?? '')) return true;
  for (let j = k + 2; j < Math.min(tokens.length, k + 6); j++) if (tokens[j].norm === 'as' || tokens[j].norm === 'than') return true;
  return false;
}

/** tokens[i .. j) as a multiple: `value` times, with a hedge before it ("more than double", "nearly three times"). */
function multipleClaim(tokens: Token[], text: string, base: number, i: number, j: number, value: number): NumberClaim {
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const claim: NumberClaim = { kind: 'number', start, end, text: text.slice(start - base, end - base), value, unit: { family: 'count', unit: 'times' }, sig: 1, words: true, fraction: true, tokenStart: i, tokenEnd: j };
  const hedge = hedgeBefore(tokens, i);
  if (hedge) claim.hedge = hedge;
  return claim;
}

export function extractFractions(text: string, base: number, tokens: Token[]): NumberClaim[] {
  const out: NumberClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.norm;
    // "doubled" is a rise of 100%, "tripled" 200%, "halved" a fall of 50%.
    const multiple = MULTIPLIED.get(w);
    if (multiple !== undefined) {
      out.push(share(tokens, text, base, i, i + 1, multiple));
      continue;
    }
    // "treble what it costs", "twice as likely", "three times more than": a multiple, not "a double", "double act",
    // "won it twice". "double the" after "to" is a verb ("to double the fund").
    const times = multipleAt(tokens, i);
    if (times) {
      out.push(multipleClaim(tokens, text, base, i, times.end, times.value));
      i = times.end - 1;
      continue;
    }
    // "half a percentage point", "a quarter of a point": that many points.
    const halfPoint = w === 'half' && next === 'a' ? pointEnd(tokens, i + 2) : 0;
    if (halfPoint) {
      out.push(share(tokens, text, base, i, halfPoint, 0.5, true));
      i = halfPoint - 1;
      continue;
    }
    // "half of", "half the": not "the first half", "half an hour", "half a million".
    if (w === 'half' && next !== 'a' && next !== 'an' && !['first', 'second', 'other', 'each'].includes(tokens[i - 1]?.norm ?? '')) {
      out.push(share(tokens, text, base, i, i + 1, 0.5));
      continue;
    }
    if (w.includes('-')) {
      // "a quarter-point rise", "a half-point cut": a share of a percentage point, 0.25 or 0.5 (points, not percent).
      const point = /^(quarter|half)-(?:percentage-)?point$/.exec(w);
      if (point) {
        out.push(share(tokens, text, base, i, i + 1, point[1] === 'half' ? 0.5 : 0.25, true));
        continue;
      }
      // "two-thirds", "three-quarters" as one word.
      const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
      if (hyphen && COUNT.get(hyphen[1]) !== undefined && PARTS.get(hyphen[2]) !== undefined) {
        out.push(share(tokens, text, base, i, i + 1, COUNT.get(hyphen[1])! / PARTS.get(hyphen[2])!));
        continue;
      }
    }
    // "¾ of the members", "cut by ⅓": a fraction sign alone, as "three-quarters of".
    const sign = VULGAR_SHARE.get(w);
    if (sign !== undefined && (next === 'of' || tokens[i - 1]?.norm === 'by')) {
      out.push(share(tokens, text, base, i, i + 1, sign));
      continue;
    }
    // "a third of", "two fifths of", "fell by a quarter": followed by "of" or after "by", so "a third term" is no share.
    const counted = COUNT.get(w);
    const part = next === undefined ? undefined : PARTS.get(next);
    if (counted !== undefined && part !== undefined) {
      const points = tokens[i + 2]?.norm === 'of' && tokens[i + 3]?.norm === 'a' ? pointEnd(tokens, i + 4) : 0;
      if (points) {
        out.push(share(tokens, text, base, i, points, counted / part, true));
        i = points - 1;
        continue;
      }
    }
    if (counted !== undefined && part !== undefined && (tokens[i + 2]?.norm === 'of' || afterBy(tokens, i))) {
      out.push(share(tokens, text, base, i, i + 2, counted / part));
      i++;
      continue;
    }
    // "nine in ten", "1 in 4", "three out of five".
    if (next !== 'in' && !(next === 'out' && tokens[i + 2]?.norm === 'of')) continue;
    const n = count(tokens[i]);
    if (n !== undefined) {
      const k = next === 'in' ? i + 2 : i + 3;
      const m = count(tokens[k]);
      // Not a year ("2 in 2019") nor a share of more than the whole.
      if (m !== undefined && m > n && !(m >= 1900 && m <= 2100 && !tokens[k].norm.includes(','))) {
        out.push(share(tokens, text, base, i, k + 1, n / m));
        i = k;
      }
    }
  }
  return out;
}
