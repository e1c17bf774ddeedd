// Quantities: digits with separators and decimals, number words, money, percentages, ordinals, scale words ("£3.5m"),
// durations ("18-month", "three years") and ages ("53-year-old"), each with its value; and when two quantities agree.
import { splitDecimal } from './prose';
import { clockWordsAt } from './timesOfDay';
import { stem, type Token } from './tokens';
import { convert, JOINED_UNITS, MEASURED, measureOf, SEPARATE_UNITS } from './units';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const CURRENCY_BEFORE = /(?:(?<![\p{L}])([A-Z]{1,2}))?([$£€¥₹#])\s?$/u;
const LOWER_FIRST = /^\p{Ll}/u;

export type NumberUnit =
  | { family: 'time'; unit: string; days: number }
  | { family: 'money'; unit: string }
  | { family: 'percent'; unit: '%' }
  | { family: 'age'; unit: 'years old' }
  | { family: 'ordinal'; unit: 'th' }
  | { family: 'count'; unit: string };

export interface NumberClaim {
  kind: 'number';
  start: number;
  end: number;
  text: string;
  value: number;
  unit?: NumberUnit;
  /** Hedged: "about 2,000" (either side, within 10%), "more than 40" (over), "fewer than 10" (under), "nearly 1.8bn"
   *  (a little under, within 10%). */
  hedge?: 'about' | 'over' | 'under' | 'nearly';
  /** A bound that takes its own value in ("at least 50", "up to 90"): "more than 50" does not. */
  inclusive?: boolean;
  /** Significant digits as written ("2,000" → 1, "3.5m" → 2), for rounding. */
  sig: number;
  /** Written as words ("eighteen"). */
  words: boolean;
  /** Another reading of the same words: "46m" is 46 metres or 46 million. */
  alt?: number;
  /** The stem of the word right after the quantity, the thing it counts ("countries", "quarter"), if any. */
  noun?: string;
  /** A share written as a fraction ("two-thirds of", "nine in ten"), read as a percentage by fractions.ts. */
  fraction?: boolean;
  /** Index of the first and one past the last token of the claim within the sentence's tokens. */
  tokenStart: number;
  tokenEnd: number;
}

/** A lookup table without Object's prototype: "constructor" or "toString" is no number word. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const SMALL: Record<string, number> = table({
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
// "one" is left out on its own: "one of the", "no one" are not quantities. It counts inside a compound ("twenty-one").
const UNITS_IN_COMPOUND: Record<string, number> = table({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
const ORDINAL_WORDS: Record<string, number> = table({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});
/** The ordinal word ending a compound ordinal: the "first" of "twenty-first", the "second" of "ninety-second". */
const ORDINAL_IN_COMPOUND: Record<string, number> = table({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 });

/** A compound ordinal word, "twenty-first" 21 .. "ninety-ninth" 99 (not a duration of "twenty seconds"); undefined
 *  for any other word. */
function compoundOrdinal(parts: string[]): number | undefined {
  if (parts.length < 2 || parts.length > 3) return undefined;
  const tens = SMALL[parts[0]];
  const units = ORDINAL_IN_COMPOUND[parts[1]];
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && units !== undefined ? tens + units : undefined;
}

const SCALE: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3, mn: 1e6, tn: 1e12 });
export const TIME_DAYS: Record<string, number> = table({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.4375, year: 365.25, decade: 3652.5, century: 36525,
});
// "#" stands for "£" in XSum/FRANK texts, whose tokenisation mangled the pound sign.
// "¥" is written for yen and for yuan: its own unit, which agrees with either (sameCurrency).
const CURRENCY_SYMBOL: Record<string, string> = table({ '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': '¥', '₹': 'INR', '#': 'GBP' });
/** The letters before "¥" that say which: "CN¥", "JP¥". */
const YEN_PREFIX: Record<string, string> = table({ CN: 'CNY', JP: 'JPY' });

/** Two currencies (NumberUnit units of the money family) that may be the same: equal, or "¥" and yen or yuan. */
export function sameCurrency(a: string, b: string): boolean {
  return a === b || (a === '¥' && (b === 'JPY' || b === 'CNY')) || (b === '¥' && (a === 'JPY' || a === 'CNY'));
}
/** Dollars of other countries, by the letters before "$": "US$300m" is the same as "300 million dollars". */
const DOLLAR_PREFIX: Record<string, string> = table({ US: 'USD', U: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD' });
/** ISO codes written before the amount ("USD 5 billion"). */
const CURRENCY_CODE: Record<string, string> = table({ usd: 'USD', gbp: 'GBP', eur: 'EUR', jpy: 'JPY', cny: 'CNY', inr: 'INR', aud: 'AUD', cad: 'CAD', chf: 'CHF' });
const CURRENCY_WORD: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', euro: 'EUR', euros: 'EUR', yen: 'JPY', rupees: 'INR', yuan: 'CNY', renminbi: 'CNY',
});
/** Dollars named by their country: "Australian dollars". */
const DOLLAR_COUNTRY: Record<string, string> = table({
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD', zimbabwean: 'ZWL',
});
/** A name that only says which dollars: the "Australian" of "50 million Australian dollars". */
export function namesDollars(name: string, after: string): boolean {
  // ("dollars" first: it is rarely there, and the table's lookup of a new string is the slower test.)
  return /^\s+dollars?\b/i.test(after) && DOLLAR_COUNTRY[name.toLowerCase()] !== undefined;
}
const HEDGE_BEFORE: Record<string, NonNullable<NumberClaim['hedge']>> = table({
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', estimated: 'about',
  circa: 'about', approx: 'about', nearly: 'nearly', almost: 'nearly', under: 'under', over: 'over', upwards: 'over',
});
const HEDGE_PAIRS: Record<string, NonNullable<NumberClaim['hedge']>> = table({
  'more than': 'over', 'over than': 'over', 'at least': 'over', 'just over': 'over', 'less than': 'under', 'fewer than': 'under',
  'up to': 'under', 'just under': 'nearly', 'close to': 'about', 'as many as': 'about', 'an estimated': 'about', 'in excess of': 'over',
  // A bound with "no" or "not" turns: "no more than 55%" is at most 55%.
  'no more than': 'under', 'not more than': 'under', 'no less than': 'over', 'not less than': 'over', 'no fewer than': 'over', 'not fewer than': 'over',
});

/** Distances that make a speed with "per hour". */
const PER_HOUR: Record<string, string> = table({ miles: 'mph', mile: 'mph', mi: 'mph', km: 'kph', kilometres: 'kph', kilometers: 'kph', kilometre: 'kph', kilometer: 'kph' });

/** Years in a duration of years, decades or centuries. */
const YEARS_IN: Record<string, number> = table({ year: 1, decade: 10, century: 100 });

/** The years a duration in years, decades or centuries gives ("ten years" 10, "two decades" 20, "two centuries"
 *  200), or undefined. */
export function yearsOf(n: NumberClaim): number | undefined {
  const u = n.unit;
  return u?.family === 'time' && YEARS_IN[u.unit] ? n.value * YEARS_IN[u.unit] : undefined;
}

/** Bounds that take their own value in. */
const INCLUSIVE = new Set(['at least', 'up to', 'at most', 'no more than', 'not more than', 'no less than', 'not less than', 'no fewer than', 'not fewer than']);

/** The hedge written just before a number: "about", "more than", "up to"... */
export function hedgeBefore(tokens: Token[], i: number): NumberClaim['hedge'] {
  // "over the age of 30", "under the age of 16": the bound is on the age.
  if (i >= 4 && tokens[i - 1].norm === 'of' && tokens[i - 2].norm === 'age' && tokens[i - 3].norm === 'the') i -= 3;
  const one = tokens[i - 1]?.norm;
  let two = i >= 2 ? `${tokens[i - 2].norm} ${one}` : '';
  // "built up to 2,500 sit-ups", "worked up to": the verb's particle, no bound.
  if (two === 'up to' && i >= 3 && UP_VERBS.has(tokens[i - 3].norm)) two = '';
  const three = i >= 3 ? `${tokens[i - 3].norm} ${two}` : '';
  return HEDGE_PAIRS[three] ?? HEDGE_PAIRS[two] ?? (one !== undefined ? HEDGE_BEFORE[one] : undefined);
}

/** Verbs whose particle "up" comes before "to N": "built up to 2,500", "worked up to", "ramped up to". */
const UP_VERBS = new Set('build builds built building work works worked working ramp ramps ramped ramping scale scales scaled scaling step steps stepped stepping move moves moved moving add adds added adding sum sums summed summing tot tots totted totting rack racks racked racking'.split(' '));

/** "one million" (a million), "one per cent" (1, the percentage read after it), "half a billion" (500 million), "a
 *  hundred", "a quarter of a million" (250,000), "one and a half million": "one", "half" and "a" start a figure only
 *  before a scale word, "one" before "per cent" and "and a half" too. */
function scaledOne(tokens: Token[], i: number): ReturnType<typeof scaledA> {
  const w = tokens[i].norm;
  if (w === 'a' || w === 'an') return scaledA(tokens, i);
  // "the past year and a half": a year and a half after a word that sets a time, not "a".
  if (UNIT_SETTERS.has(w) && unitAndAHalf(tokens, i + 1)) return { value: 1.5, next: i + 1, sig: 2, halfAfterUnit: true };
  if (UNIT_SETTERS.has(w) && unitAndAHalfJoined(tokens[i + 1]?.norm)) return { value: 1.5, next: i + 2, sig: 2, hyphenRest: unitAndAHalfJoined(tokens[i + 1].norm) };
  // "one year", "one more year", "another year": one of a unit of a year or more ("one day", "one time" are idioms).
  if ((w === 'one' || w === 'another') && (LONG_UNITS.has(tokens[i + 1]?.norm ?? '') || (w === 'one' && SPAN_ADJECTIVES.has(tokens[i + 1]?.norm ?? '') && LONG_UNITS.has(tokens[i + 2]?.norm ?? '')))) {
    return { value: 1, next: i + 1, sig: 1 };
  }
  if (w !== 'one' && w !== 'half') return undefined;
  const next = tokens[i + 1]?.norm;
  if (w === 'one' && bigScale(next)) return andMore(tokens, SCALE[next!], i + 2);
  // "one and a half million", "one and a half years".
  if (w === 'one' && next === 'and' && tokens[i + 2]?.norm === 'a' && tokens[i + 3]?.norm === 'half') {
    const after = tokens[i + 4]?.norm;
    if (bigScale(after)) return { value: 1.5 * SCALE[after!], next: i + 5, sig: 2 };
    if (after !== undefined && timeUnit(after) !== undefined) return { value: 1.5, next: i + 4, sig: 2 };
  }
  if (w === 'one' && (next === 'percent' || (next === 'per' && tokens[i + 2]?.norm === 'cent'))) return { value: 1, next: i + 1, sig: 1 };
  if (w === 'half' && next === 'a' && bigScale(tokens[i + 2]?.norm)) return { value: SCALE[tokens[i + 2].norm] / 2, next: i + 3, sig: 1 };
  // "half an hour", "half a day": the unit read next.
  if (w === 'half' && (next === 'a' || next === 'an') && TIME_DAYS[tokens[i + 2]?.norm ?? ''] !== undefined) return { value: 0.5, next: i + 2, sig: 1 };
  return undefined;
}

/** Words of a thing held every so many years, and the years. ("Annual" is left alone: too often a name, "the annual
 *  report", and "biannual" means twice a year or every two years.) A Map, looked up for every token (see
 *  fractions.ts). */
const EVERY_YEARS = new Map<string, number>(Object.entries({ biennial: 2, biennially: 2, triennial: 3, triennially: 3, quadrennial: 4, quinquennial: 5, decennial: 10 }));

/** Units of a month or more, which "one" and "another" count: "one year", "another month" ("one day" and "one
 *  time" are idioms). */
const LONG_UNITS = new Set(['year', 'month', 'decade']);

/** Parts of a figure "a quarter of a million" and "a third of a billion" take. */
export const PART_OF: Record<string, number> = table({ quarter: 0.25, third: 1 / 3, half: 0.5 });

/** "a hundred", "a thousand", "a million" (not "a hundredth"); "a quarter of a million"; "a fortnight", "a decade"; "a year and
 *  a half", "an hour and a half" (1.5, its unit read next and its "and a half" after that: `halfAfterUnit`). */
function scaledA(tokens: Token[], i: number): { value: number; next: number; sig: number; halfAfterUnit?: boolean; hyphenRest?: string } | undefined {
  const next = tokens[i + 1]?.norm;
  if (next === 'hundred' || bigScale(next)) return andMore(tokens, SCALE[next!], i + 2);
  // "a decade ago" is ten years ("set up about ten years ago"; probe17, an xsumfaith article); "a century" too.
  if (next === 'fortnight' || next === 'decade' || next === 'century') return { value: 1, next: i + 1, sig: 1 };
  if (unitAndAHalf(tokens, i + 1)) return { value: 1.5, next: i + 1, sig: 2, halfAfterUnit: true };
  // "a year-and-a-half", "a year-and-a-half-long wait": the unit read as that of "a one-year" (hyphenRest).
  const joined = unitAndAHalfJoined(next);
  if (joined) return { value: 1.5, next: i + 2, sig: 2, hyphenRest: joined };
  if (next !== undefined && PART_OF[next] !== undefined && tokens[i + 2]?.norm === 'of' && tokens[i + 3]?.norm === 'a' && bigScale(tokens[i + 4]?.norm)) {
    return { value: Math.round(PART_OF[next] * SCALE[tokens[i + 4].norm]), next: i + 5, sig: 2 };
  }
  // "a quarter of an hour": the unit read next.
  if (next !== undefined && PART_OF[next] !== undefined && tokens[i + 2]?.norm === 'of' && (tokens[i + 3]?.norm === 'a' || tokens[i + 3]?.norm === 'an') && TIME_DAYS[tokens[i + 4]?.norm ?? ''] !== undefined) {
    return { value: PART_OF[next], next: i + 4, sig: 2 };
  }
  return undefined;
}

/** "one hundred and twenty", "a thousand and fifty": a hundred or a thousand read at `next` and the number words
 *  that "and" adds to it (a figure of its own otherwise: "one hundred and thirty" is 130, not 100 and 30). */
function andMore(tokens: Token[], value: number, next: number): { value: number; next: number; sig: number } {
  if ((value === 100 || value === 1000) && tokens[next]?.norm === 'and') {
    const more = parseNumberWords(tokens, next + 1);
    if (more && more.value < value && Number.isInteger(more.value)) return { value: value + more.value, next: more.next, sig: sigDigits(String(value + more.value)) };
  }
  return { value, next, sig: 1 };
}

/** A number word and a half joined by hyphens, and what else the hyphens join: "two-and-a-half", "two-and-a-half-year". */
const AND_A_HALF = /^([a-z]+)-and-a-half(?:-(.+))?$/;

/** A degree sign or "degrees" and the scale, after a figure: "°F", " °C", " degrees Celsius". */
const DEGREES = /^\s?(?:°\s?|degrees?\s+)(c|f|celsius|centigrade|fahrenheit)(?![\p{L}\p{N}])/iu;

/** A space between thousands groups: "2 226", "1\u00a0940", a thin, narrow no-break or figure space ("£3\u2009000"). */
const THOUSANDS_SPACE = /^[ \u00a0\u202f\u2009\u2007]$/;
/** A thousands group after such a space, the last with decimals: the "000" of "£3 000", the "836.18" of "$1 836.18". */
const THOUSANDS_GROUP = /^\d{3}(?:\.\d+)?$/;

/** A unit of time at `i` followed by "and a half": "year and a half". */
function unitAndAHalf(tokens: Token[], i: number): boolean {
  return TIME_DAYS[tokens[i]?.norm ?? ''] !== undefined && tokens[i + 1]?.norm === 'and' && tokens[i + 2]?.norm === 'a' && tokens[i + 3]?.norm === 'half';
}
/** "year-and-a-half" (a unit of time and a half joined by hyphens; "year-and-a-half-long" too): the unit and what
 *  follows it, as the rest of a hyphenated figure ("year", "year-long"), or undefined. */
function unitAndAHalfJoined(word: string | undefined): string | undefined {
  const m = word === undefined ? null : UNIT_AND_A_HALF.exec(word);
  return m && TIME_DAYS[m[1]] !== undefined ? m[1] + (m[2] ?? '') : undefined;
}
const UNIT_AND_A_HALF = /^([a-z]+)-and-a-half((?:-[a-z]+)*)$/;
/** Words before a unit of time that count one of it: "the past year and a half", "the next hour and a half". */
const UNIT_SETTERS = new Set(['past', 'last', 'next', 'previous', 'first', 'following', 'coming']);

/** A scale word written out ("million", "billion"; not the "m" of "£3m"). */
function bigScale(word: string | undefined): boolean {
  return word !== undefined && word.length > 2 && SCALE[word] !== undefined;
}

/** A bound that takes its own value in: "at least", "up to", "upwards of"; and "over 18 months of war", "under two
 *  years in office", where before a duration "over" and "under" are as often "during" as "more than". */
export function boundTakesItsValue(tokens: Token[], i: number, claim: NumberClaim): boolean {
  if (claim.hedge !== 'over' && claim.hedge !== 'under') return false;
  const two = i >= 2 ? `${tokens[i - 2].norm} ${tokens[i - 1].norm}` : '';
  const three = i >= 3 ? `${tokens[i - 3].norm} ${two}` : '';
  const preposition = (tokens[i - 1]?.norm === 'over' || tokens[i - 1]?.norm === 'under') && claim.unit?.family === 'time';
  return INCLUSIVE.has(two) || INCLUSIVE.has(three) || tokens[i - 1]?.norm === 'upwards' || preposition;
}

/** One part of a time written short: "4hrs", "24mins", "59secs"; "h", "m" and "s" alone only after another part. */
const DURATION_PART = /^(\d+(?:\.\d+)?)(hrs?|h|mins?|m|secs?|s)$/i;
/** A spelt part with the number of a scraped results list glued on: "59secs2." ends the run ("… 4hrs 24mins 59secs2.
 *  Giovanni Visconti (Ita/Bahrain) +5secs3."; probe19, a frank-bbc Giro report). */
const DURATION_PART_LISTED = /^(\d+(?:\.\d+)?)(hrs|mins|secs)\d{1,2}$/i;
const DURATION_SECONDS: Record<string, number> = table({ h: 3600, hr: 3600, hrs: 3600, m: 60, min: 60, mins: 60, s: 1, sec: 1, secs: 1 });
const DURATION_UNIT: Record<number, string> = { 3600: 'hour', 60: 'minute', 1: 'second' };

/** A time written short in parts, largest first, from token `i` ("4hrs 24mins 59secs" is 4.416 hours): one claim in
 *  the unit of its first part. Undefined unless a part with a spelt unit ("hrs", "mins", "secs") or two parts
 *  stand there: "5m" alone is metres or millions, "1990s" a decade. */
function durationRun(text: string, base: number, tokens: Token[], i: number): NumberClaim | undefined {
  let seconds = 0;
  let last = Infinity;
  let first = 0;
  let j = i;
  let spelt = false;
  let listed = false;
  for (; j < tokens.length && !listed; j++) {
    let m = DURATION_PART.exec(tokens[j].text);
    if (!m) {
      m = DURATION_PART_LISTED.exec(tokens[j].text);
      listed = m !== null;
    }
    if (!m) break;
    const per = DURATION_SECONDS[m[2].toLowerCase()];
    if (per >= last || (j > i && tokens[j].start - tokens[j - 1].end !== 1)) break;
    if (j === i) first = per;
    last = per;
    spelt ||= m[2].length > 1;
    seconds += Number(m[1]) * per;
  }
  if (j === i || (!spelt && j - i < 2)) return undefined;
  // "1800hrs" is a time of day (timesOfDay.ts).
  if (first === 3600 && /^\d{4}/.test(tokens[i].text)) return undefined;
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const unit = DURATION_UNIT[first];
  const value = seconds / first;
  return { kind: 'number', start, end, text: text.slice(start - base, end - base), value, unit: { family: 'time', unit, days: TIME_DAYS[unit] }, sig: sigDigits(String(value)), words: false, tokenStart: i, tokenEnd: j };
}

function timeUnit(word: string): string | undefined {
  const w = word.replace(/s$/, '').replace(/^centurie$/, 'century');
  return TIME_DAYS[w] !== undefined ? w : undefined;
}

function sigDigits(digits: string): number {
  const d = digits.replace(/[^\d.]/g, '');
  const [int, frac = ''] = d.split('.');
  if (frac) return (int.replace(/^0+/, '') + frac).length || 1;
  const t = int.replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, t.length);
}

/** A word joined to the figure that follows it, which it measures: "magnitude-6.2", "category-4", "tier-2"; and
 *  the "cent-" of a range "20 per cent-25 per cent". */
const MEASURE_BEFORE = /^(?:magnitude|category|level|tier|grade|force|stage|cent)-(?=\d)/;

/** A figure joined to the word it measures ("magnitude-6.2"): read as a quantity, not as a code. */
export function measuredFigure(norm: string): boolean {
  return MEASURE_BEFORE.test(norm) && NUM_TOKEN.test(norm.slice(norm.indexOf('-') + 1));
}
/** The fraction after the whole number of "2 1/2", "3 3/4". */
const SLASHED_FRACTION = /^ ([13])\/([24])(?![\d/])/;
/** A rating written with a slash: "6/10", "4/5", "85/100" (not followed by a digit, a slash or a decimal point). */
const RATING = /^(\d{1,3})\/(5|10|100)(?![\d/.,]\d|[\d/])/;
/** Words before which "6/10" is a date. */
const DATE_BEFORE = new Set(['on', 'from', 'until', 'till', 'since', 'by', 'before', 'after', 'dated']);
const NUM_TOKEN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]+)?(?:-(.+))?$/i;
/** A figure written with a fraction sign: "11½ hours" is 11.5 hours, "¾" is 0.75. */
const VULGAR_FRACTION = /^(\d*)([½¼¾⅓⅔⅛⅜⅝⅞])/;
const LONE_FRACTION = /^[½¼¾⅓⅔]$/;
const VULGAR_VALUE: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
/** Units of measure written after a number ("20kg", "9 km"). */
const CLOCK = /^(?:am|pm|a\.m|p\.m|gmt|bst|et|est|pt|pst|cet|hrs|h)$/i;

/** Parses a run of number words starting at tokens[i]: returns value and the index after the run. */
function parseNumberWords(tokens: Token[], i: number): { value: number; next: number; sig: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < tokens.length) {
    const w = tokens[j].norm;
    const parts = w.split('-');
    if (parts.length === 2 && SMALL[parts[0]] !== undefined && SMALL[parts[0]] >= 20 && UNITS_IN_COMPOUND[parts[1]] !== undefined) {
      current += SMALL[parts[0]] + UNITS_IN_COMPOUND[parts[1]];
      any = true;
      j++;
      continue;
    }
    if (SMALL[w] !== undefined && !(any && current % 10 !== 0 && current < 100)) {
      current += SMALL[w];
      any = true;
      j++;
      continue;
    }
    if (any && UNITS_IN_COMPOUND[w] !== undefined && current >= 20 && current % 10 === 0 && current < 100) {
      current += UNITS_IN_COMPOUND[w];
      j++;
      continue;
    }
    if ((w === 'hundred') && (any || (j === i && false))) {
      current = (current || 1) * 100;
      j++;
      continue;
    }
    if ((w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && any) {
      total += (current || 1) * SCALE[w];
      current = 0;
      j++;
      continue;
    }
    if (w === 'and' && any && j + 1 < tokens.length && (SMALL[tokens[j + 1].norm] !== undefined || UNITS_IN_COMPOUND[tokens[j + 1].norm] !== undefined)) {
      j++;
      continue;
    }
    if (w === 'dozen' && (any || j === i)) {
      current = (current || 1) * 12;
      any = true;
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  let value = total + current;
  // "two and a half years": a half more ("two and a quarter hours": a quarter).
  const part = tokens[j + 2]?.norm === 'half' ? 0.5 : tokens[j + 2]?.norm === 'quarter' && timeUnit(tokens[j + 3]?.norm ?? '') !== undefined ? 0.25 : 0;
  if (tokens[j]?.norm === 'and' && tokens[j + 1]?.norm === 'a' && part > 0 && value < 1000) {
    value += part;
    j += 3;
    // "two and a half thousand", "one and a half million".
    if (total === 0 && bigScale(tokens[j]?.norm)) {
      value *= SCALE[tokens[j].norm];
      j++;
    }
  } else if (tokens[j]?.norm === 'and' && tokens[j + 1]?.norm === 'half' && value < 1000 && (timeUnit(tokens[j + 2]?.norm ?? '') !== undefined || bigScale(tokens[j + 2]?.norm))) {
    // Without its "a", as a source may write it: "his four and half years in the post" (probe25, an xsumfaith article).
    value += 0.5;
    j += 2;
    if (total === 0 && bigScale(tokens[j]?.norm)) {
      value *= SCALE[tokens[j].norm];
      j++;
    }
  }
  return { value, next: j, sig: sigDigits(String(value)) };
}

/** Words between a count and its unit of time that leave the span as it is. */
const SPAN_ADJECTIVES = new Set(['previous', 'consecutive', 'successive', 'straight', 'full', 'whole', 'long', 'past', 'last', 'preceding', 'further', 'more', 'additional', 'extra']);
/** Words before a unit of time that make it another unit: "30 light years" is a distance. */
const NOT_SPAN_ADJECTIVES = new Set(['light', 'dog', 'man', 'person']);

/** A word between a count and its unit of time that leaves the span as it is: one of SPAN_ADJECTIVES, or any
 *  lower-case content word of letters ("nine blistering minutes", "three hard years", "five working days"). */
function spanAdjective(t: Token): boolean {
  if (SPAN_ADJECTIVES.has(t.norm)) return true;
  return !t.stop && !t.num && /^[a-z]{3,}$/.test(t.text) && !NOT_SPAN_ADJECTIVES.has(t.norm) && !isNumberWord(t.norm) && SCALE[t.norm] === undefined && timeUnit(t.norm) === undefined;
}

/** What a number word joined by a hyphen may count ("three-game", "five-bedroom"), and what it does not: a share
 *  ("two-thirds"), a manner ("one-off", "two-way", "three-fold"), a time ("one-time"). */
const COUNTED_IN_COMPOUND = /^[a-z]{3,}$/;
const NOT_COUNTED_IN_COMPOUND = new Set(['off', 'way', 'fold', 'time', 'times', 'sided', 'thirds', 'third', 'quarters', 'quarter', 'fifths', 'half', 'halves', 'old', 'and', 'hundred', 'thousand', 'million', 'billion', 'tenths', 'hundredths', 'eighths', 'sixths', 'ninths', 'sevenths']);

/** The word after a hyphen names what the number counts ("game" of "three-game", "point" of "13-point"). */
function countedInCompound(word: string): boolean {
  return COUNTED_IN_COMPOUND.test(word) && !NOT_COUNTED_IN_COMPOUND.has(word);
}

/** The words after which an ordinal word ranks something: "the third", "its fourth quarter". */
const ORDINAL_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'our', 'this']);

/** Nouns after which an ordinal word is a place: "came in second place", "in third position". */
const PLACE_NOUNS = new Set(['place', 'position', 'spot']);
/** Verbs after which an ordinal word is a place: "was third", "finished fourth". */
const PLACE_VERBS = new Set(['be', 'is', 'was', 'are', 'were', 'been', 'finished', 'finishes', 'came', 'comes', 'placed', 'ranked', 'ranks', 'sits', 'sat', 'lies', 'lay']);

/** The ordinal word at `i` ranks something: after a determiner or a possessive ("the third", "Moderna's fourth"),
 *  naming a quarter of the year ("reporting fourth quarter revenues"), or a place ("finished fourth", "third in
 *  line"). */
function ranks(text: string, base: number, tokens: Token[], i: number): boolean {
  if (ORDINAL_DETERMINERS.has(tokens[i - 1].norm) || tokens[i + 1]?.norm === 'quarter') return true;
  // An adjective between: "a tense fourth set", "its crucial third quarter".
  if (i >= 2 && ORDINAL_DETERMINERS.has(tokens[i - 2].norm) && !tokens[i - 1].stop && !tokens[i - 1].num && /^[a-z]{3,}$/.test(tokens[i - 1].text) && !isNumberWord(tokens[i - 1].norm)) return true;
  // A place: "will be fourth in line", "finished third", "came second in the race".
  if (PLACE_VERBS.has(tokens[i - 1].norm) || (tokens[i + 1]?.norm === 'in' && tokens[i + 2]?.norm === 'line')) return true;
  // "came in second place", "in third position".
  if (PLACE_NOUNS.has(tokens[i + 1]?.norm ?? '')) return true;
  const before = text.slice(Math.max(0, tokens[i].start - base - 3), tokens[i].start - base);
  return /['’]s\s$/.test(before);
}

/** "In the first place" is no rank; "came in second place" is. */
function inTheFirstPlace(tokens: Token[], i: number): boolean {
  return tokens[i].norm === 'first' && tokens[i + 1]?.norm === 'place' && tokens[i - 1]?.norm === 'the' && tokens[i - 2]?.norm === 'in';
}

/** The words for which `SMALL[w]`, `ORDINAL_WORDS[w]` are defined (an object's inherited names too: "constructor"
 *  reads as defined there), and "dozen". */
const NUMBER_START = new Set([...Object.keys(SMALL), ...Object.keys(ORDINAL_WORDS), 'dozen', ...Object.getOwnPropertyNames(Object.prototype)]);

/** A number word: "three", "third", "dozen". */
export function isNumberWord(w: string): boolean {
  return Object.prototype.hasOwnProperty.call(SMALL, w) || Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, w) || w === 'dozen';
}

/** Extracts the quantities of one sentence. `tokens` are the sentence's tokens; `text`/`base` its text and offset. */
export function extractNumbers(text: string, base: number, tokens: Token[]): NumberClaim[] {
  const out: NumberClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A results table's time: "4hrs 24mins 59secs", "+5secs", "2h 05m".
    const run = t.num ? durationRun(text, base, tokens, i) : undefined;
    if (run) {
      out.push(run);
      i = run.tokenEnd - 1;
      continue;
    }
    let value: number | undefined;
    let next = i + 1;
    let sig = 1;
    let unit: NumberUnit | undefined;
    let words = false;
    let compoundNoun: string | undefined;
    let hyphenRest: string | undefined;
    let alt: number | undefined;
    // Only a figure, a number word, an ordinal word, "dozen" or a hyphenated word can start a quantity: the
    // lookups below see every other word as nothing, so it is passed over at once.
    // "number one", "No. one": a rank, so "one" counts here (alone it is "one of the", "no one").
    const rankOne = t.norm === 'one' && i > 0 && (tokens[i - 1].norm === 'number' || /^no\.$/i.test(tokens[i - 1].text));
    // "one million", "one per cent", "half a million": a figure in words that "one" and "half" start only here.
    const scaled = !t.num ? scaledOne(tokens, i) : undefined;
    // "the biennial prize" is held every two years: the span it states (probe17, an xsumfaith article on an art prize).
    const every = EVERY_YEARS.get(t.norm);
    if (every !== undefined) {
      out.push(numberClaim(text, base, tokens, i, i + 1, every, 1, { family: 'time', unit: 'year', days: TIME_DAYS.year }, true, t.start, t.end));
      continue;
    }
    if (!t.num && !rankOne && !scaled && !NUMBER_START.has(t.norm) && !t.norm.includes('-')) continue;
    // "the Nine Elms development", "Three Lions": a capitalised number word inside a sentence before another
    // capitalised word is part of a name.
    if (!t.num && t.cap && i > 0 && tokens[i + 1]?.cap && !tokens[i + 1].num && !tokens[i + 1].stop && !NUMBER_START.has(tokens[i + 1].norm) && !SCALE[tokens[i + 1].norm]) continue;
    if (t.num) {
      // Tokenised data writes "50, 000" and "1, 200" for "50,000" and "1,200", and some styles "2 226" (a space, or
      // a no-break one, between thousands groups): join the thousands groups back on. (Not after another figure: "3
      // 100 200" is a list.)
      if (/^\d{1,3}$/.test(t.text) && !(i > 0 && tokens[i - 1].num)) {
        const sep = next < tokens.length ? text.slice(tokens[next - 1].end - base, tokens[next].start - base) : '';
        if (sep === ', ' || THOUSANDS_SPACE.test(sep)) {
          while (next < tokens.length && THOUSANDS_GROUP.test(tokens[next].text) && text.slice(tokens[next - 1].end - base, tokens[next].start - base) === sep) {
            next++;
            if (tokens[next - 1].text.length > 3) break; // decimals end it
          }
        }
      }
      let joined = next > i + 1 ? text.slice(t.start - base, tokens[next - 1].end - base).replace(/, |[ \u00a0\u202f\u2009\u2007]/g, ',') : t.norm;
      // Tokenised data writes "17. 3 %" and "3, 429. 58" for "17.3%" and "3,429.58": a decimal split at its point.
      const dot = tokens[next - 1].end - base;
      if (text.slice(dot, dot + 2) === '. ' && tokens[next] !== undefined && tokens[next].start - base === dot + 2 && /^\d+$/.test(tokens[next].text) && splitDecimal(text.slice(Math.max(0, t.start - base - 2), dot + 1), text.slice(dot + 2, dot + 18))) {
        joined = `${joined}.${tokens[next].text}`;
        next++;
      }
      // "magnitude-6.2", "category-4": the figure after a word it measures, joined by a hyphen.
      const prefix = next === i + 1 ? MEASURE_BEFORE.exec(joined)?.[0].length ?? 0 : 0;
      if (prefix > 0) {
        joined = joined.slice(prefix);
        if (!t.norm.startsWith('cent-')) compoundNoun = stem(t.norm.slice(0, prefix - 1));
      }
      // "¾ of the members", "cut by ⅓": a share, read by fractions.ts.
      if (LONE_FRACTION.test(joined) && (tokens[next]?.norm === 'of' || tokens[i - 1]?.norm === 'by')) continue;
      if (VULGAR_FRACTION.test(joined)) joined = joined.replace(VULGAR_FRACTION, (_, whole: string, f: string) => String(Number(whole || '0') + VULGAR_VALUE[f]));
      const m = NUM_TOKEN.exec(joined);
      if (!m) continue; // times, scores with colons, codes: not quantities here
      // "24/7", "9/11", "3/4": a figure joined to another by a slash is a phrase or a date, not a quantity.
      if (/\d\/$/.test(text.slice(Math.max(0, t.start - base - 2), t.start - base)) || /^\/\d/.test(text.slice(tokens[next - 1].end - base, tokens[next - 1].end - base + 2))) {
        // A rating out of 5, 10 or 100: "6/10", "4/5", not a date ("on 6/10", "6/10/2015") nor "24/7".
        const rating = next === i + 1 ? RATING.exec(text.slice(t.start - base, t.start - base + 8)) : null;
        if (rating && Number(rating[1]) <= Number(rating[2]) && !/[\d/]$/.test(text.slice(Math.max(0, t.start - base - 1), t.start - base)) && !DATE_BEFORE.has(tokens[i - 1]?.norm ?? '') && tokens[i + 2]?.norm !== 'of') {
          out.push(numberClaim(text, base, tokens, i, i + 2, Number(rating[1]), sigDigits(rating[1]), { family: 'count', unit: `/${rating[2]}` }, false, t.start, t.start + rating[0].length));
          i++;
        }
        continue;
      }
      const intPart = m[1].replace(/,/g, '');
      // "2 1/2 years": a whole number and a fraction written with a slash.
      const slashed = !m[2] && !m[3] && !m[4] && next === i + 1 ? SLASHED_FRACTION.exec(text.slice(t.end - base, t.end - base + 6)) : null;
      value = Number(m[2] ? `${intPart}.${m[2]}` : intPart);
      sig = sigDigits(m[2] ? `${intPart}.${m[2]}` : intPart);
      if (slashed && tokens[next + 1]?.end === t.end + slashed[0].length) {
        value += Number(slashed[1]) / Number(slashed[2]);
        sig = sigDigits(String(value));
        next += 2;
      }
      const suffix = m[3]?.toLowerCase();
      const nextWord = tokens[next]?.norm;
      // Times of day ("8pm", "12.30 am", "6:30", the minutes of "14:05") are not quantities.
      if ((suffix && CLOCK.test(suffix)) || (nextWord && CLOCK.test(nextWord) && tokens[next].start - t.end <= 1 && text[t.end - base] !== '/') || clockWordsAt(tokens, next, t.text) || /^:\d/.test(text.slice(t.end - base, t.end - base + 2)) || /^\d:$/.test(text.slice(t.start - base - 2, t.start - base))) continue;
      if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') unit = { family: 'ordinal', unit: 'th' };
      else if (suffix === 's') continue; // "1990s", "80s": decades, not counts
      else if (suffix && SCALE[suffix] && (suffix !== 'm' || moneyBefore(text, base, t.start))) value *= SCALE[suffix];
      else if (suffix === 'm') (alt = value * 1e6), (unit = { family: 'count', unit: 'm' }); // metres or millions: both readings are kept
      else if (suffix === 'p' && !CURRENCY_BEFORE.test(text.slice(Math.max(0, t.start - base - 4), t.start - base))) (value /= 100), (unit = { family: 'money', unit: 'GBP' }); // "179.1p" is £1.791
      else if (suffix && JOINED_UNITS.has(suffix)) unit = { family: 'count', unit: suffix };
      else if (suffix === 'per' && tokens[next]?.norm === 'cent') (unit = { family: 'percent', unit: '%' }), next++; // "20per cent"
      else if ((suffix === 'pc' || suffix === 'pct') && m[3] === suffix) unit = { family: 'percent', unit: '%' }; // "4.75pc"
      // Codes like "A4", "3D", "G7" read as words; not "$1160vs. $710" (a space lost before "vs").
      else if (suffix && suffix !== 'vs' && suffix !== 'versus') continue;
      hyphenRest = unit?.family === 'ordinal' ? undefined : m[4]?.toLowerCase();
      // "£2.4-billion project": a scale word joined by a hyphen.
      if (hyphenRest && SCALE[hyphenRest] && hyphenRest.length > 2) {
        value *= SCALE[hyphenRest];
        hyphenRest = undefined;
      }
      if (hyphenRest && /^\d/.test(hyphenRest)) {
        // "2-1", "10-15": two numbers; take the first here and let the second stand on its own below.
        const second = /^(\d+(?:\.\d+)?)/.exec(hyphenRest)!;
        out.push(numberClaim(text, base, tokens, i, i + 1, value, sig, undefined, false, t.start, t.start + m[1].length + (m[2] ? m[2].length + 1 : 0)));
        const s2 = t.start + t.text.indexOf('-') + 1;
        out.push(numberClaim(text, base, tokens, i, i + 1, Number(second[1]), sigDigits(second[1]), undefined, false, s2, s2 + second[1].length));
        continue;
      }
    } else {
      const ord = ORDINAL_WORDS[t.norm];
      const hy = t.norm.split('-');
      const parsed = rankOne ? { value: 1, next: i + 1, sig: 1 } : (scaled ?? parseNumberWords(tokens, i));
      // ("a thirty-second advert" is half a minute: after "a", "-second" is the unit.)
      const ordinal = !parsed && hy.length >= 2 && !(hy[1] === 'second' && /^an?$/.test(tokens[i - 1]?.norm ?? '')) ? compoundOrdinal(hy) : undefined;
      const andAHalf = !parsed && hy.length >= 4 ? AND_A_HALF.exec(t.norm) : null;
      if (ordinal !== undefined) {
        // "the twenty-first seed", "twenty-second-placed": a rank, not "twenty seconds".
        value = ordinal;
        unit = { family: 'ordinal', unit: 'th' };
        if (hy.length === 3 && countedInCompound(hy[2])) compoundNoun = stem(hy[2]);
        words = true;
      } else if (andAHalf && (SMALL[andAHalf[1]] ?? UNITS_IN_COMPOUND[andAHalf[1]]) !== undefined) {
        // "two-and-a-half years", "a two-and-a-half-year deal": as "two and a half years".
        value = (SMALL[andAHalf[1]] ?? UNITS_IN_COMPOUND[andAHalf[1]]) + 0.5;
        sig = sigDigits(String(value));
        hyphenRest = andAHalf[2];
        words = true;
      } else if (parsed) {
        value = parsed.value;
        next = parsed.next;
        sig = parsed.sig;
        words = true;
        const joinedRest = (parsed as { hyphenRest?: string }).hyphenRest;
        if (joinedRest) hyphenRest = joinedRest;
      } else if (hy.length >= 2 && (SMALL[hy[0]] !== undefined || UNITS_IN_COMPOUND[hy[0]] !== undefined || (hy[0] === 'half' && /^(?:decade|century)$/.test(hy[1]))) && timeUnit(hy[1])) {
        // "three-year", "one-month", "five-year-old", "a half-decade"
        value = SMALL[hy[0]] ?? UNITS_IN_COMPOUND[hy[0]] ?? 0.5;
        hyphenRest = hy.slice(1).join('-');
        words = true;
      } else if (hy.length === 2 && (SMALL[hy[0]] !== undefined || hy[0] === 'one') && SEPARATE_UNITS.has(hy[1])) {
        // "a nine-metre wave": a measure, as "a 9-metre wave" (the unit is read below).
        value = SMALL[hy[0]] ?? 1;
        hyphenRest = hy[1];
        words = true;
      } else if (hy.length === 2 && (SMALL[hy[0]] !== undefined || hy[0] === 'one') && countedInCompound(hy[1])) {
        // "a three-game ban", "a one-match ban", "a five-bedroom house": a count of what the hyphen joins (kept as its
        // noun below).
        value = SMALL[hy[0]] ?? 1;
        compoundNoun = stem(hy[1]);
        words = true;
      } else if (ord !== undefined && i > 0 && ranks(text, base, tokens, i) && (i + 1 >= tokens.length || !/^(?:time|half)$/.test(tokens[i + 1].norm)) && !inTheFirstPlace(tokens, i)) {
        value = ord;
        unit = { family: 'ordinal', unit: 'th' };
        words = true;
      } else continue;
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    let end = tokens[next - 1].end;
    // Scale words after the number: "3.5 million", "two billion", and "£ 15 m" in tokenised text
    if (next < tokens.length && !hyphenRest && SCALE[tokens[next].norm] && !words && (tokens[next].norm.length > 2 || moneyBefore(text, base, t.start))) {
      value *= SCALE[tokens[next].norm];
      end = tokens[next].end;
      next++;
    }
    // Money: a currency symbol just before ("£3.5m", "US$ 40"), or a currency word after ("40 dollars")
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, t.start - base - 4), t.start - base));
    let start = t.num ? t.start + (MEASURE_BEFORE.exec(t.norm)?.[0].length ?? 0) : t.start;
    const code = CURRENCY_CODE[tokens[i - 1]?.norm ?? ''];
    if (before) {
      unit = { family: 'money', unit: before[1] ? (before[2] === '¥' ? YEN_PREFIX[before[1]] ?? '¥' : DOLLAR_PREFIX[before[1]] ?? `${before[1]}$`) : CURRENCY_SYMBOL[before[2]] };
      start = t.start - before[0].length;
    } else if (code && tokens[i - 1].cap && t.start - tokens[i - 1].end <= 1) {
      // "USD 5 billion", "EUR 40m"
      unit = { family: 'money', unit: code };
      start = tokens[i - 1].start;
    } else if (next + 1 < tokens.length && DOLLAR_COUNTRY[tokens[next].norm] && /^dollars?$/.test(tokens[next + 1].norm)) {
      // "50 million Australian dollars" is A$50m.
      unit = { family: 'money', unit: DOLLAR_COUNTRY[tokens[next].norm] };
      end = tokens[next + 1].end;
      next += 2;
    } else if (next < tokens.length && (tokens[next].norm === 'pence' || tokens[next].norm === 'penny') && !unit) {
      // "179.1 pence" is £1.791.
      value /= 100;
      unit = { family: 'money', unit: 'GBP' };
      end = tokens[next].end;
      next++;
    } else if (next < tokens.length && CURRENCY_WORD[tokens[next].norm]) {
      unit = { family: 'money', unit: CURRENCY_WORD[tokens[next].norm] };
      end = tokens[next].end;
      next++;
    }
    // Percent
    const after = text.slice(end - base, end - base + 10);
    if (/^\s?%/.test(after)) {
      unit = { family: 'percent', unit: '%' };
      end += after.indexOf('%') + 1;
    } else if (!unit && next < tokens.length && (tokens[next].text === 'pc' || tokens[next].text === 'pct') && tokens[next].start - end <= 1) {
      // "4.75 pc", "3 pct": per cent as some papers write it (in lower case: "a PC" is a computer or a constable).
      unit = { family: 'percent', unit: '%' };
      end = tokens[next].end;
      next++;
    } else if (next < tokens.length && (tokens[next].norm === 'percent' || (tokens[next].norm === 'per' && /^cent(?:$|-\d)/.test(tokens[next + 1]?.norm ?? '')))) {
      unit = { family: 'percent', unit: '%' };
      // "20 per cent-25 per cent": the range's second figure is read on its own from the same token.
      end = tokens[next].norm === 'per' ? tokens[next + 1].start + 'cent'.length : tokens[next].end;
      next += tokens[next].norm === 'per' ? (tokens[next + 1].norm === 'cent' ? 2 : 1) : 1;
    }
    // A unit of measure written apart ("656 ft", "1,500 metres") or joined by a hyphen ("a 198-metre chimney",
    // "198 metre-high"). "200 m" is 200 metres or (tokenised "2.1 m") 2.1 million: both readings are kept, as for
    // "46m".
    const measure = hyphenRest?.split('-')[0];
    const degrees = !unit && !hyphenRest && next < tokens.length ? DEGREES.exec(text.slice(end - base, end - base + 24)) : null;
    if (!unit && measure && SEPARATE_UNITS.has(measure)) unit = { family: 'count', unit: measure };
    else if (degrees) {
      // "31°F", "25 °C", "40 degrees Celsius": a temperature, as "31F" and "25C" are.
      unit = { family: 'count', unit: degrees[1][0].toLowerCase() };
      end += degrees[0].length;
      while (next < tokens.length && tokens[next].end <= end) next++;
    }
    else if (!unit && !hyphenRest && next < tokens.length && tokens[next].start - end <= 1) {
      const word = tokens[next].norm;
      const [first, rest] = word.split('-', 2);
      if (SEPARATE_UNITS.has(word) || (word === 'm' && alt === undefined) || (rest !== undefined && SEPARATE_UNITS.has(first) && MEASURED.has(rest))) {
        if (word === 'm') alt = value * 1e6;
        unit = { family: 'count', unit: rest !== undefined ? first : word };
        end = tokens[next].end;
        next++;
      }
    }
    // "104 miles per hour", "160 km an hour", "240 km/h", "260-mile-an-hour winds": a speed.
    if (unit?.family === 'count' && PER_HOUR[unit.unit] && hyphenRest && /^[a-z]+-(?:an|a|per)-hour$/.test(hyphenRest)) {
      unit = { family: 'count', unit: PER_HOUR[unit.unit] };
    } else if (unit?.family === 'count' && PER_HOUR[unit.unit] && next + 1 < tokens.length && /^(?:per|an|a)$/.test(tokens[next].norm) && tokens[next + 1].norm === 'hour') {
      unit = { family: 'count', unit: PER_HOUR[unit.unit] };
      end = tokens[next + 1].end;
      next += 2;
    } else if (unit?.family === 'count' && PER_HOUR[unit.unit] && next < tokens.length && /^(?:h|hr)\.?$/.test(tokens[next].norm) && text.slice(end - base, tokens[next].start - base) === '/') {
      unit = { family: 'count', unit: PER_HOUR[unit.unit] };
      end = tokens[next].start + tokens[next].norm.replace(/\.$/, '').length;
      next += 1;
    }
    // "25 basis points" is 0.25 (percentage points), as "a quarter of a percentage point" is.
    if (!unit && next + 1 < tokens.length && tokens[next].norm === 'basis' && /^points?$/.test(tokens[next + 1].norm)) {
      value /= 100;
      end = tokens[next + 1].end;
      next += 2;
    }
    // "1.5m km", "2m miles": an "m" followed by a unit of measure is millions of that unit.
    if (unit?.unit === 'm' && alt !== undefined && next < tokens.length && tokens[next].start - end <= 1 && tokens[next].norm !== 'm' && SEPARATE_UNITS.has(tokens[next].norm)) {
      value = alt;
      alt = undefined;
      unit = { family: 'count', unit: tokens[next].norm };
      end = tokens[next].end;
      next++;
    }
    // Durations and ages: "18-month", "three-year-old", "18 months", "53 years old", "aged 53"
    if (!unit) {
      let unitWord: string | undefined;
      let old = false;
      if (hyphenRest) {
        const parts = hyphenRest.split('-');
        unitWord = timeUnit(parts[0]);
        old = parts.includes('old');
        // "the 61-year old": the last hyphen left out.
        if (unitWord && !old && parts.length === 1 && tokens[next]?.norm === 'old' && tokens[next].start - end <= 1) {
          old = true;
          end = tokens[next].end;
          next++;
        }
      } else if (next < tokens.length && timeUnit(tokens[next].norm)) {
        unitWord = timeUnit(tokens[next].norm);
        if (tokens[next + 1]?.norm === 'old') {
          old = true;
          end = tokens[next + 1].end;
          next += 2;
        } else {
          end = tokens[next].end;
          next++;
        }
      } else if (next + 1 < tokens.length && spanAdjective(tokens[next]) && timeUnit(tokens[next + 1].norm) && (value === 1 || tokens[next + 1].norm.endsWith('s'))) {
        // "three previous years", "five consecutive months", "nine blistering minutes": a span an adjective
        // qualifies is that span. A unit in the singular after more than one is a time the figure is given for:
        // "150 million last year".
        unitWord = timeUnit(tokens[next + 1].norm);
        end = tokens[next + 1].end;
        next += 2;
      }
      // "a year and a half": the half after the unit.
      if (unitWord && !old && scaled?.halfAfterUnit && tokens[next]?.norm === 'and') {
        end = tokens[next + 2].end;
        next += 3;
      }
      if (unitWord && old) {
        unit = { family: 'age', unit: 'years old' };
        // An age in other units, in years: "four decades old" 40, "18 months old" 1.5.
        if (unitWord !== 'year') value *= TIME_DAYS[unitWord] / TIME_DAYS.year;
      } else if (unitWord) unit = { family: 'time', unit: unitWord, days: TIME_DAYS[unitWord] };
      else if (i > 0 && (tokens[i - 1].norm === 'aged' || (tokens[i - 1].norm === 'of' && tokens[i - 2]?.norm === 'age'))) unit = { family: 'age', unit: 'years old' };
    }
    const claim = numberClaim(text, base, tokens, i, next, value, sig, unit, words, start, end, hedgeBefore(tokens, i));
    if (boundTakesItsValue(tokens, i, claim)) claim.inclusive = true;
    if (alt !== undefined && unit?.family !== 'money') claim.alt = alt;
    else if (alt !== undefined) claim.value = alt;
    // "a 13-point lead" counts points as "13 points clear" does: the word the hyphen joins is its noun.
    if (!unit && !compoundNoun && hyphenRest && countedInCompound(hyphenRest)) compoundNoun = stem(hyphenRest);
    // The noun it counts: the word right after it ("21 [countries]", "the fourth [quarter]"), as a stem.
    const counted = tokens[claim.tokenEnd];
    if (compoundNoun) claim.noun = compoundNoun;
    else if (counted && !counted.stop && !counted.num && LOWER_FIRST.test(counted.text)) claim.noun = counted.stem;
    out.push(claim);
    i = next - 1;
  }
  return out;
}

/** A currency sign just before the number ("£3.5m", "$ 40", "# 10m" where tokenised data mangled the pound sign). */
function moneyBefore(text: string, base: number, at: number): boolean {
  return /(?:[$£€¥₹#]|\b[A-Z]{1,2}\$)\s?$/u.test(text.slice(Math.max(0, at - base - 4), at - base));
}

function numberClaim(
  text: string, base: number, _tokens: Token[], ti: number, tj: number, value: number, sig: number,
  unit: NumberUnit | undefined, words: boolean, start: number, end: number, hedge?: NumberClaim['hedge'],
): NumberClaim {
  return { kind: 'number', start, end, text: text.slice(start - base, end - base), value, unit, hedge, sig, words, tokenStart: ti, tokenEnd: tj };
}

function close(a: number, b: number, rel: number): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

export function roundTo(v: number, sig: number): number {
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - sig + 1);
  return Math.round(v / p) * p;
}

/** True when draft quantity `a` states what source quantity `b` states: the same value (or the same duration in other
 *  units), or `a` is `b` rounded, or `a` is hedged ("about", "more than") and `b` fits the hedge. Directional: a
 *  precise figure in the draft is not supported by a round one in the source. Units of different families (a
 *  duration and a sum of money) never agree. */
export function numbersAgree(a: NumberClaim, b: NumberClaim): boolean {
  const fa = a.unit?.family;
  const fb = b.unit?.family;
  if (fa === 'time' && fb === 'time') {
    // In one unit, figures compare as figures: "1,960 hours" is not "1,940 hours" (2% apart).
    if (a.unit!.unit === b.unit!.unit) return valuesAgree(a, b);
    const da = a.value * (a.unit as { days: number }).days;
    const db = b.value * (b.unit as { days: number }).days;
    if (close(da, db, weeksForMonths(a, b) ? 0.1 : 0.02)) return !excludesOwnValue(a, b);
    return !(a.hedge && a.hedge !== 'about' && a.hedge === b.hedge) && fitsHedge(a.hedge, da, db);
  }
  // "700 pounds" may weigh: it is "700lb" too.
  if (poundsOfWeight(a, b) || poundsOfWeight(b, a)) return valuesAgree(a, b);
  // Families differ: no agreement, except an age and a duration in years, or an ordinal and a count or duration
  // ("87th minute" / "87 minute").
  if (bareCountOfMeasure(a, b)) return false;
  // A count of something is no duration: "12 men" is not "over 11 years".
  if ((!fa && a.noun !== undefined && fb === 'time') || (!fb && b.noun !== undefined && fa === 'time')) return false;
  if (fa && fb && fa !== fb && !(fa === 'age' && fb === 'time') && !(fa === 'time' && fb === 'age') && fa !== 'ordinal' && fb !== 'ordinal') return false;
  // An ordinal in words ("the second quarter") ranks; it is not a count ("2-1").
  if (fa !== fb && ((fa === 'ordinal' && a.words) || (fb === 'ordinal' && b.words))) return false;
  if (fa === 'money' && fb === 'money' && !sameCurrency(a.unit!.unit, b.unit!.unit)) return false;
  if (fa === 'count' && fb === 'count' && a.unit!.unit !== b.unit!.unit) return measuresAgree(a, b);
  return valuesAgree(a, b);
}

/** One span in weeks and the other in months, which people put as each other loosely: "six weeks" for "a month and
 *  a half" (42 and 45.7 days), "four weeks" for "a month". */
function weeksForMonths(a: NumberClaim, b: NumberClaim): boolean {
  const ua = (a.unit as { unit: string }).unit;
  const ub = (b.unit as { unit: string }).unit;
  return (ua === 'week' && ub === 'month') || (ua === 'month' && ub === 'week');
}

/** `a` is in lb and `b` in pounds written as a word (which a currency reading took for pounds sterling). */
function poundsOfWeight(a: NumberClaim, b: NumberClaim): boolean {
  return a.unit?.family === 'count' && (a.unit.unit === 'lb' || a.unit.unit === 'lbs') && b.unit?.family === 'money' && b.unit.unit === 'GBP' && /pounds?$/i.test(b.text);
}

/** "executed nine" is a count with no unit; the source's "nine miles (15km)" measures a distance, and is not it.
 *  Temperatures are left out: "temperatures hit 40" may well be the source's 40C. */
function bareCountOfMeasure(a: NumberClaim, b: NumberClaim): boolean {
  if (a.unit || b.unit?.family !== 'count') return false;
  const m = measureOf(b.unit.unit);
  return m !== undefined && m.dimension !== 'temperature';
}

/** Two measures in units of one kind: "656 ft" states "200 m" (rounded to the draft's digits), "1.5 km" states
 *  "1,500 metres"; "20kg" never states "20 miles". Units this module does not know compare as plain figures. */
function measuresAgree(a: NumberClaim, b: NumberClaim): boolean {
  const ma = measureOf(a.unit!.unit);
  const mb = measureOf(b.unit!.unit);
  if (!ma || !mb) return valuesAgree(a, b);
  const v = convert(b.value, b.unit!.unit, a.unit!.unit);
  if (v === undefined) return false;
  // A change of temperature converts without the offset: a rise of 1.5C is one of 2.7F. Only small figures, as
  // changes are (up to 10C, 18F): "72F" is not 40C.
  if (ma.dimension === 'temperature' && a.unit!.unit !== b.unit!.unit && b.value <= (b.unit!.unit === 'c' ? 10 : 18)) {
    const change = b.unit!.unit === 'c' ? (b.value * 9) / 5 : (b.value * 5) / 9;
    if (close(a.value, change, 0.002) || close(roundTo(change, a.sig), a.value, 1e-9)) return true;
  }
  if (close(a.value, v, 0.002) || close(roundTo(v, a.sig), a.value, 1e-9)) return true;
  return valuesAgree(a, { ...b, value: v, alt: undefined });
}

/** "less than 870" is not the source's 870, nor "more than two years" its two years: a bound that leaves its own
 *  value out ("more than", "fewer than", "over", "under"; not "at least", "up to") states other figures, unless the
 *  source gives the same bound. */
function excludesOwnValue(a: NumberClaim, b: NumberClaim): boolean {
  return (a.hedge === 'over' || a.hedge === 'under') && !a.inclusive && a.hedge !== b.hedge;
}

/** A source value `b` fits the draft's hedged value `a`: "about" within 10%, "more than" above (up to half again),
 *  "fewer than" below (down to half), "nearly" a little below (within 10%): "nearly $1.8 billion" is not $1.5 billion. */
function fitsHedge(hedge: NumberClaim['hedge'], a: number, b: number, sig = 0): boolean {
  if (hedge === 'about') return close(a, b, 0.1);
  if (hedge === 'nearly') return b <= a && b >= a * 0.9;
  if (hedge === 'over') return b >= a && b <= a * 1.5 && (sig !== 1 || b <= a + step(a));
  if (hedge === 'under') return b <= a && b >= a * 0.5 && (sig !== 1 || b >= a - step(a));
  return false;
}

/** The unit of a figure's one significant digit: 10 for "40", 100 for "300". */
function step(v: number): number {
  return Math.pow(10, Math.floor(Math.log10(Math.abs(v))));
}

/** A figure close enough to a source's bound to be what the bound stands for: "105" for "more than 100", not "60" for
 *  "more than 50". */
function withinBound(bound: NumberClaim, v: number): boolean {
  if (bound.hedge === 'over') return v <= bound.value * OVER_WINDOW;
  if (bound.hedge === 'under') return v >= bound.value / OVER_WINDOW;
  return true;
}
const OVER_WINDOW = 1.2;

/** Draft value `a` states source value `b`, ignoring units: equal, `a` is `b` rounded to a's written precision,
 *  or `b` fits a's hedge. */
export function valuesAgree(a: NumberClaim, b: NumberClaim): boolean {
  if (a.alt !== undefined || b.alt !== undefined) {
    for (const x of [a.value, a.alt]) for (const y of [b.value, b.alt]) {
      if (x !== undefined && y !== undefined && valuesAgree({ ...a, value: x, alt: undefined }, { ...b, value: y, alt: undefined })) return true;
    }
    return false;
  }
  if (close(a.value, b.value, 1e-9)) return !excludesOwnValue(a, b);
  // Two bounds of the same kind compare as values: "up to 90mph" is not "up to 75mph". The source's bound rounded
  // outwards to fewer digits is stated by it: "more than five thousand" by "more than 5,300", "fewer than 100" by
  // "fewer than 92".
  if (a.hedge && a.hedge !== 'about' && a.hedge === b.hedge) return (!a.inclusive && !b.inclusive && boundRoundedOut(a, b)) || sameWholeBound(a, b);
  // Both rough, the draft's figure is within 5% of the source's or a rounding of it: "some 80%" is not the source's
  // "some 85%" (probe19), though "roughly 18,000" is its "about 18,500" and "about 1,000" its "about 1,200".
  if (a.hedge === 'about' && b.hedge === 'about') return close(a.value, b.value, 0.05) || roundedFrom(a, b);
  if (fitsHedge(a.hedge, a.value, b.value, a.sig)) return true;
  // A precise draft figure within a hedged source one ("105 migrants" / "more than 100") is not contradicted; a
  // figure well past the bound is ("60 missing" / "more than 50").
  // Not a precise percentage for a fraction, though: "36 per cent" is not "a third" (33%, or 34%, is).
  // Nor a precise age for a bound on one: "a 15-year-old" is not stated by "a boy under the age of 16".
  if (!a.hedge && fitsHedge(b.hedge, b.value, a.value) && withinBound(b, a.value) && !(b.fraction && !a.fraction && Math.abs(a.value - b.value) >= 1) && b.unit?.family !== 'age') return true;
  // Rounding: "2,000" for 1,987, "£3.5m" for £3,480,000. Only for round figures of at least 100, or hedged ones:
  // "30" is not a rounded 27; and only the draft rounds: "32,400" is not stated by a source's "32,000".
  if (roundedFrom(a, b)) return true;
  return false;
}

/** Two bounds on a whole count, one taking its value in and one not, that say the same: "more than two dozen" (24)
 *  and "at least 25", "fewer than 10" and "up to nine". */
function sameWholeBound(a: NumberClaim, b: NumberClaim): boolean {
  if (!a.inclusive === !b.inclusive || !Number.isInteger(a.value) || !Number.isInteger(b.value) || a.unit || b.unit) return false;
  const [open, closed] = a.inclusive ? [b, a] : [a, b];
  return open.value + (open.hedge === 'over' ? 1 : -1) === closed.value;
}

/** Bound `r` is bound `b` rounded outwards (down for "more than", up for "fewer than") to r's fewer digits. */
function boundRoundedOut(r: NumberClaim, b: NumberClaim): boolean {
  if (r.sig >= sigDigits(String(b.value)) || b.value <= 0) return false;
  const p = Math.pow(10, Math.floor(Math.log10(b.value)) - r.sig + 1);
  const rounded = r.hedge === 'over' ? Math.floor(b.value / p) * p : Math.ceil(b.value / p) * p;
  return close(rounded, r.value, 1e-9);
}

/** `r` is `exact` rounded to r's written precision, and r reads as a round figure. */
function roundedFrom(r: NumberClaim, exact: NumberClaim): boolean {
  // The cheap tests first: a draft figure is compared with every quantity of the sources.
  if (r.hedge === 'over' || r.hedge === 'under') return false; // a bound is not a rounding
  // A decimal rounded to two digits or more is a rounding too: "18km" for 17.9km (not "8" for a magnitude 7.8).
  if (!(r.hedge === 'about' || Math.abs(r.value) >= 100 || (r.sig >= 2 && !Number.isInteger(exact.value)))) return false;
  if (!close(roundTo(exact.value, r.sig), r.value, 1e-9)) return false;
  // A rank is never rounded ("200th" is not the 165th); a figure without "about" is rounded only a little: "2,000"
  // for 1,987, not "300" for 330 nor "20,000" for 18,000 (xsumfaith-24553569).
  if (r.unit?.family === 'ordinal' || exact.unit?.family === 'ordinal') return false;
  if (r.hedge !== 'about' && Math.abs(r.value - exact.value) > PLAIN_ROUNDING * Math.abs(exact.value)) return false;
  return r.sig < sigDigits(String(exact.value));
}
/** How far a figure written without "about" may be from the one it rounds, relatively. */
const PLAIN_ROUNDING = 0.05;

/** True when the two quantities measure the same kind of thing, so one could stand in for the other. */
export function comparableUnits(a: NumberClaim, b: NumberClaim): boolean {
  const fa = a.unit?.family;
  const fb = b.unit?.family;
  if (!fa || !fb) return fa === fb || (!fa && fb === 'count') || (!fb && fa === 'count');
  if (fa === 'time' || fb === 'time') return fa === fb;
  return fa === fb;
}
