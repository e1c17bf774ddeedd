// Dates: days, months, years, weekdays and full dates, with the parts the text actually states (chrono-node), and
// when two dates agree.
import type * as Chrono from 'chrono-node';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const ANY_UPPER = /\p{Lu}/u;
const CAPITALISED_WORD_AT_END = /\p{Lu}\p{L}*\s+$/u;
const BARE_MONTH = /^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
const WORD_AT_END = /(\p{L}+)\s+$/u;
/** Words before a month that place something in it ("In March", "Last March", "Early June"), at a sentence's start. */
const PLACES_IN_TIME = new Set('in since until till by from early late mid during last next this of before after on through throughout between and or to each every end start beginning that for at the as also but then so when while around about until by'.split(' '));
const INITIAL_AT_END = /\b\p{L}\.$/u;

/** A span that puts one time from another: "two weeks after", "three months later", "10 days earlier". */
const SPAN_APART_SOURCE = String.raw`\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b`;
const SPAN_APART = new RegExp(SPAN_APART_SOURCE, 'i');
const SPAN_APART_G = new RegExp(SPAN_APART_SOURCE, 'gi');

/** What joins the two ends of a range: "3 March to 7 March", "Monday–Friday". */
const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|until|till|through)\b)\s*/i;

// chrono-node is loaded on the first sentence that may hold a date: a third of the server's start-up otherwise.
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  return (chronoModule ??= require('chrono-node') as typeof Chrono);
}

export interface DateClaim {
  kind: 'date';
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** The last day of a range ("1 to 5 June", "3 March to 7 March 2021", "Monday to Friday"), with the parts written. */
  through?: { year?: number; month?: number; day?: number; weekday?: number };
  /** A date of numbers only that reads either way ("1/7/2009": 7 January, or 1 July as Britain writes it): the other
   *  reading's month and day. */
  otherReading?: { month: number; day: number };
  /** The second year of a span written short, the "16" of "2014–16": with the first it names one period (a season,
   *  a financial year), so the two are no pair of years to work a span out from ("a one-year deal" is not "the
   *  2015-16 season"). */
  spanEnd?: boolean;
}

// A fixed reference date: chrono fills unstated parts from it; only the parts it marks certain are kept.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
// Only sentences with a month or weekday name or a numeric date go through chrono (it is the slow part).
const MAY_HAVE_DATE = new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'i');
// In a sentence with capitals, only capitalised names count (see namedProperly): "he may be" needs no chrono.
const MAY_HAVE_CASED_DATE = new RegExp(`\\b(?:${capitalised(MONTHS)}|${capitalised(WEEKDAYS)})\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`);

/** "jan(?:uary)?|may" → "Jan(?:uary)?|May": the same alternatives with a capital first letter. */
function capitalised(alternatives: string): string {
  return alternatives.split('|').map(a => a[0].toUpperCase() + a.slice(1)).join('|');
}
const MONTH_NAME = new RegExp(`\\b(?:${MONTHS})\\b`, 'i');
const WEEKDAY_NAME = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'i');
const YEAR = /(?:(?<=\b(?:mid|early|late)-)|(?<![\p{L}\p{N}$£€¥.,-]))(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|-(?:year|month|week|day))/gu;
// YEAR tries its lookbehinds at every place of a text; a text with no figure of a year's shape (8,125 of the 8,721
// sentences of the throughput bench's sources) has no match, and this test for one is a quick scan: the bare years
// of those sentences took 40 ms to look for, 4 ms with the test.
const MAY_HAVE_YEAR = /(?:1[89]|20)\d\d/;

const PART_OF_DAY = /\b(?:morning|afternoon|evening|night)(?:\s+of\b|,(?=\s))/i;
const PART_OF_DAY_G = new RegExp(PART_OF_DAY.source, 'gi');
// "In March, 40 people were arrested", "On Tuesday, 15 were hurt": after a month or weekday and a comma, a bare
// number of up to three digits counts something; chrono reads it as the day ("Tuesday, 15 March" is still a date).
const NAME_COMMA_COUNT = new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\.?,(?=\\s*\\d{1,3}(?![\\d:.]|\\s*(?:st|nd|rd|th)\\b|\\s*(?:of\\s+)?(?:${MONTHS})\\b))`, 'gi');

const FULL_NAMES = /\b(?:january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** "defeated by france in may.", "they met in march.": in text written all in lower case, "march" or "may" alone after a
 *  word that places it in time and closing its phrase is the month (probe18, a goyal21 XSum article). */
function monthClosingPhrase(text: string, at: number, dateText: string): boolean {
  return BARE_MONTH_WORD.test(dateText) && MONTH_PLACED_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && PHRASE_CLOSES.test(text.slice(at + dateText.length));
}
const BARE_MONTH_WORD = /^(?:march|may)$/;
const MONTH_PLACED_BEFORE = /\b(?:in|since|until|early|late|mid|during|last|next)\s+$/;
const PHRASE_CLOSES = /^\s*(?:[.,;:!?)]|$)/;

/** The month and weekday names of a date are written as names: capitalised in ordinary text; in a sentence with
 *  no capital at all, in full (not "march" or "may") or next to a number. */
function namedProperly(dateText: string, cased: boolean): boolean {
  const names = [...dateText.matchAll(new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'gi'))].map(m => m[0]);
  if (names.length === 0) return true;
  if (cased) return names.every(n => UPPER_FIRST.test(n));
  return /\d/.test(dateText) || names.every(n => FULL_NAMES.test(n));
}

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO = '\\s*(?:-|–|—|to|until|till|and)\\s*';
const YEAR_AFTER = '(?:,?\\s+(\\d{4}))?';
// Days of one month written as a range, which chrono-node misreads ("from 1 to 5 June" as hours, "between 1 and 5
// June" as the 5th alone): "1 to 5 June", "1-5 June 2021", "June 1-5", "June 1 to 5, 2021".
const DAY_RANGE = new RegExp(`\\b${DAY}${TO}${DAY}\\s+(${MONTHS})\\b${YEAR_AFTER}`, 'gi');
const MONTH_DAY_RANGE = new RegExp(`\\b(${MONTHS})\\.?\\s+${DAY}${TO}${DAY}\\b${YEAR_AFTER}`, 'gi');

/** Ranges of days within one month: a date for the first day, through the last. */
function dayRanges(text: string, base: number, cased: boolean): DateClaim[] {
  const out: DateClaim[] = [];
  const add = (m: RegExpExecArray, from: string, to: string, month: string, year: string | undefined) => {
    const first = Number(from);
    const last = Number(to);
    if (first < 1 || last > 31 || first >= last || !namedProperly(month, cased)) return;
    if (/and/i.test(m[0]) && !/\bbetween\s+$/i.test(text.slice(0, m.index))) return; // "1 and 5 June" only after "between"
    const monthNumber = MONTH_NUMBER[month.slice(0, 3).toLowerCase()];
    const yearNumber = year === undefined ? undefined : Number(year);
    out.push({
      kind: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0],
      year: yearNumber, month: monthNumber, day: first, through: { year: yearNumber, month: monthNumber, day: last },
    });
  };
  for (const m of text.matchAll(DAY_RANGE)) add(m as RegExpExecArray, m[1], m[2], m[3], m[4]);
  for (const m of text.matchAll(MONTH_DAY_RANGE)) add(m as RegExpExecArray, m[2], m[3], m[1], m[4]);
  return out;
}

// Holidays on a fixed day of the year: "on Valentine's Day" states 14 February. (Movable ones, Easter or
// Thanksgiving, need the year, and national days differ by country: left out.)
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/\bNew Year['’]s Day\b/, 1, 1],
  [/\bBurns Night\b/, 1, 25],
  [/\b(?:St\.? )?Valentine['’]s Day\b/, 2, 14],
  [/\bSt\.? Patrick['’]s Day\b/, 3, 17],
  [/\bAnzac Day\b/, 4, 25],
  [/\bBastille Day\b/, 7, 14],
  [/\bHalloween\b/, 10, 31],
  [/\b(?:Guy Fawkes|Bonfire) Night\b/, 11, 5],
  [/\b(?:Armistice|Remembrance|Veterans['’]?) Day\b/, 11, 11],
  [/\bChristmas Eve\b/, 12, 24],
  [/\bChristmas Day\b/, 12, 25],
  // "two days before Christmas": the day ("Christmas Island", "Christmas Eve" and "Christmas Day" apart).
  [/\bChristmas\b(?!\s+(?:Eve|Day|Island))/, 12, 25],
  [/\bBoxing Day\b/, 12, 26],
  [/\b(?:New Year['’]s Eve|Hogmanay)\b/, 12, 31],
];
const MAY_HAVE_HOLIDAY = /\b(?:Day|Night|Eve|Halloween|Hogmanay|Christmas)\b/;
/** The same in text written all in lower case ("boxing day 1971" in a lower-cased dataset). */
const HOLIDAYS_LOWER: Array<[RegExp, number, number]> = HOLIDAYS.map(([re, month, day]) => [new RegExp(re.source, 'i'), month, day]);
const MAY_HAVE_HOLIDAY_LOWER = new RegExp(MAY_HAVE_HOLIDAY.source, 'i');

/** Holidays on a fixed day, as dates of that month and day ("Christmas Day" in a sentence written with capitals;
 *  "christmas day" in one written all in lower case). */
function holidays(text: string, base: number, cased: boolean): DateClaim[] {
  const out: DateClaim[] = [];
  if (!(cased ? MAY_HAVE_HOLIDAY : MAY_HAVE_HOLIDAY_LOWER).test(text)) return out;
  for (const [re, month, day] of cased ? HOLIDAYS : HOLIDAYS_LOWER) {
    const m = re.exec(text);
    if (!m) continue;
    // "Boxing Day 2021": the year written after it is the holiday's.
    const year = /^,?\s+((?:1[89]|20)\d\d)\b/.exec(text.slice(m.index + m[0].length));
    const written = year ? m[0] + year[0] : m[0];
    out.push({ kind: 'date', start: base + m.index, end: base + m.index + written.length, text: written, month, day, year: year ? Number(year[1]) : undefined });
  }
  return out;
}

/** Extracts the dates of a sentence whose text starts at document offset `base`. */
export function extractDates(text: string, base: number): DateClaim[] {
  const out: DateClaim[] = [];
  const cased = ANY_UPPER.test(text);
  if ((cased ? MAY_HAVE_CASED_DATE : MAY_HAVE_DATE).test(text)) {
    const ranges = /\d\s*(?:-|–|—|to|until|till|and)\s*\d/i.test(text) ? dayRanges(text, base, cased) : [];
    out.push(...ranges);
    // chrono reads "the morning of 5 May" and "on VJ night, August 15" as a time with the date uncertain: blank the
    // time of day out (same length, so offsets hold).
    let parsed = PART_OF_DAY.test(text) ? text.replace(PART_OF_DAY_G, m => ' '.repeat(m.length)) : text;
    // Same length, so offsets hold.
    parsed = parsed.replace(NAME_COMMA_COUNT, m => m.slice(0, -1) + ';');
    // A span put from another time ("two weeks after the festival") is no date of its own: chrono takes it for one
    // and passes over the month before it ("in June - two weeks after …"). Struck out with a filler of the same
    // length (spaces would make chrono read on: "3 May,      " as May alone).
    if (SPAN_APART.test(parsed)) parsed = parsed.replace(SPAN_APART_G, m => '_'.repeat(m.length));
    for (const r of chrono().parse(parsed, REFERENCE)) {
      if (ranges.some(d => base + r.index < d.end && d.start < base + r.index + r.text.length)) continue;
      // Only dates written with a number, a month or a weekday ("the years ahead", "yesterday" are not dates here).
      if (!/\d/.test(r.text) && !MONTH_NAME.test(r.text) && !WEEKDAY_NAME.test(r.text)) continue;
      // "He sat down", "the sun came out", "they wed 10 men": a month or weekday is a word of its own unless
      // capitalised; in text written all in lower case, unless written out in full ("saturday") or with a number.
      if (!namedProperly(r.text, cased) && !(!cased && monthClosingPhrase(text, r.index, r.text))) continue;
      const c = r.start;
      const d: DateClaim = { kind: 'date', start: base + r.index, end: base + r.index + r.text.length, text: text.slice(r.index, r.index + r.text.length) };
      // Keep only the parts the text writes out: chrono fills the rest from its reference date, and reads
      // "17 August last year" or "for 12 weeks" relative to a "now" that is not the article's.
      const numericDate = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(r.text);
      const written = (part: 'year' | 'month' | 'day' | 'weekday'): boolean => {
        if (!c.isCertain(part)) return false;
        // The year chrono gives is the one written: "the year to June 2016" is not a year 2001 (its "now").
        if (part === 'year') return numericDate || new RegExp(`(?<!\\d)${c.get('year')}(?!\\d)`).test(r.text);
        if (part === 'month') return MONTH_NAME.test(r.text) || numericDate;
        if (part === 'weekday') return WEEKDAY_NAME.test(r.text);
        return /\d/.test(r.text) && (MONTH_NAME.test(r.text) || numericDate);
      };
      if (written('year')) d.year = c.get('year') ?? undefined;
      if (written('month')) d.month = c.get('month') ?? undefined;
      if (written('day')) d.day = c.get('day') ?? undefined;
      if (written('weekday')) d.weekday = c.get('weekday') ?? undefined;
      // A range ("3 March to 7 March 2021", "Monday to Friday"): the last day's parts, where it writes them. An
      // end put relative to the start is no range: "in March – three months after British troops withdrew" is March
      // (chrono reads a range to June, and gives March the year of its "now").
      const sep = r.end ? RANGE_SEPARATOR.exec(r.text) : null;
      if (sep && !/\d/.test(r.text.slice(sep.index)) && !MONTH_NAME.test(r.text.slice(sep.index)) && !WEEKDAY_NAME.test(r.text.slice(sep.index))) {
        d.text = d.text.slice(0, sep.index);
        d.end = d.start + sep.index;
      } else if (r.end) {
        const e = r.end;
        const through = {
          year: e.isCertain('year') ? e.get('year') ?? undefined : undefined,
          month: e.isCertain('month') ? e.get('month') ?? undefined : undefined,
          day: e.isCertain('day') && e.isCertain('month') ? e.get('day') ?? undefined : undefined,
          weekday: e.isCertain('weekday') ? e.get('weekday') ?? undefined : undefined,
        };
        // A range of months too ("January-March"), which may name a quarter.
        if (through.day !== undefined || through.weekday !== undefined || (d.day === undefined && d.month !== undefined && through.month !== undefined && through.month !== d.month)) d.through = through;
        // "3 March to 7 March 2021": the year written once is the first day's too.
        if (d.year === undefined && d.month !== undefined && through.year !== undefined) d.year = through.year;
      }
      if (d.year === undefined && d.month === undefined && d.day === undefined && d.weekday === undefined) continue;
      // "Theresa May", "May said": a bare "May" next to a capitalised word or a verb is a name or a modal, not a month.
      if (/^may$/i.test(r.text.trim())) {
        const left = text.slice(0, r.index);
        const right = text.slice(r.index + r.text.length);
        if (CAPITALISED_WORD_AT_END.test(left) || !/^\s*(?:\d|,?\s*(?:1[89]|20)\d\d)/.test(right) && !/\b(?:in|of|since|until|by|from|early|late|mid|during|last|next|this)\s+$/i.test(left)) continue;
      }
      // "Stephanie March", "Chris April": a bare month after a capitalised word that does not place it in time is a
      // surname.
      if (BARE_MONTH.test(r.text.replace(/[\s,.;:]+$/, ''))) {
        const word = WORD_AT_END.exec(text.slice(0, r.index))?.[1];
        if (word && UPPER_FIRST.test(word) && !PLACES_IN_TIME.has(word.toLowerCase())) continue;
      }
      // Times alone ("5pm") are not dates here; trim a time prefix off the span where chrono kept one, and
      // punctuation off its end ("Friday,").
      trimTime(d, text, base);
      const tail = /[\s,.;:\-–—]+$/.exec(d.text);
      if (tail && tail[0].length < d.text.length && !INITIAL_AT_END.test(d.text.slice(0, d.text.length - tail[0].length + 1))) {
        d.text = d.text.slice(0, -tail[0].length);
        d.end -= tail[0].length;
      }
      out.push(d);
    }
  }
  readNumericDates(out);
  for (const h of holidays(text, base, cased)) if (!out.some(d => h.start < d.end && d.start < h.end)) out.push(h);
  // Bare years: "in 2019". chrono leaves them alone.
  YEAR.lastIndex = 0;
  const mayHaveYear = MAY_HAVE_YEAR.test(text);
  for (let m = mayHaveYear ? YEAR.exec(text) : null; m; m = YEAR.exec(text)) {
    const s = base + m.index;
    if (out.some(d => s >= d.start && s < d.end)) continue;
    out.push({ kind: 'date', start: s, end: s + 4, text: m[1], year: Number(m[1]) });
  }
  // The second year of a span written short: the "16" of "2014–16", "2010-11", "the 2014/15 season" is 2016, 2011,
  // 2015 (a year of its own, as "between 2014 and 2016" gives two; not a count).
  if (mayHaveYear && YEAR_SPAN_END.test(text)) {
    YEAR_SPAN_END.lastIndex = 0;
    for (const m of text.matchAll(YEAR_SPAN_END)) {
      const first = Number(m[1]);
      let year = first - (first % 100) + Number(m[4]);
      if (year <= first) year += 100;
      if (year - first > 20) continue;
      const s = base + m.index! + m[0].length - 2;
      if (out.some(d => s >= d.start && s < d.end)) continue;
      out.push({ kind: 'date', start: s, end: s + 2, text: m[4], year, spanEnd: true });
    }
  }
  // A year written short after an apostrophe: "in ’84", "since '99" (1984, 1999; "’05" is 2005).
  if (SHORT_YEAR.test(text)) {
    SHORT_YEAR.lastIndex = 0;
    for (const m of text.matchAll(SHORT_YEAR)) {
      // An opening quotation mark, not an apostrophe: "'30 dead' in attack".
      if (/['’‘](?![\p{L}\p{N}])/u.test(text.slice(m.index! + m[0].length))) continue;
      const yy = Number(m[2]);
      const s = base + m.index! + m[0].length - 3;
      if (out.some(d => s >= d.start && s < d.end)) continue;
      out.push({ kind: 'date', start: s, end: s + 3, text: text.slice(s - base, s - base + 3), year: (yy <= SHORT_YEAR_PIVOT ? 2000 : 1900) + yy });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "2014–16", "2010-11", "2014/15", and in tokenised text "2010 - 11": a year, then the last two digits of a later one. */
const YEAR_SPAN_END = /(?<![\p{L}\p{N}$£€¥.,-])(1[89]\d\d|20\d\d)(?:([-–—/])|\s([-–—/])\s)(\d\d)(?![\p{L}\p{N}%]|[.,]\d|[-–—/]\d)/gu;
/** A year written short after an apostrophe, after a word that places it in time: "in ’84", "since '99", "the ’94
 *  final" (not a decade, "the ’90s"). */
const SHORT_YEAR = /\b(in|of|since|from|until|till|by|the|and|to|before|after|during|between|summer|spring|autumn|winter|class|early|late|mid|around|circa|or)\s+['’‘](\d\d)(?![\p{L}\p{N}%]|[.,]\d)/giu;
/** Short years up to this one are of the 2000s, later ones of the 1900s ("’05" 2005, "’84" 1984). */
const SHORT_YEAR_PIVOT = 30;

function trimTime(d: DateClaim, text: string, base: number): void {
  const local = text.slice(d.start - base, d.end - base);
  const m = /^(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?(?:on|in|at|by|since|from|until|of)\s+/i.exec(local) ??
    /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?/i.exec(local);
  if (m && m[0].length < local.length) {
    d.start += m[0].length;
    d.text = local.slice(m[0].length);
  }
}

const PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** Two dates agree when every part both state is the same (and they state at least one part in common); two ranges,
 *  when their last days agree too. */
/** A date of numbers only, day and month first ("1/7/2009", "3.2.2015"; not the ISO "2015-02-03"). */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/** The dates of numbers only whose first two numbers could each be the month. Where a date of the same sentence can
 *  only be read day first ("between 1/7/2009 and 31/12/2012"), all are; otherwise each keeps chrono's month-first
 *  reading and the other (probe22: a frank-bbc article's "1 July 2009" written "1/7/2009"). */
function readNumericDates(dates: DateClaim[]): void {
  const numeric = dates.map(d => DAY_MONTH_YEAR.exec(d.text));
  const dayFirst = numeric.some(m => m !== null && Number(m[1]) > 12);
  dates.forEach((d, i) => {
    const m = numeric[i];
    if (!m || d.month === undefined || d.day === undefined) return;
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first > 12 || second > 12 || first === second) return;
    if (dayFirst) {
      d.day = first;
      d.month = second;
    } else d.otherReading = { month: d.day, day: d.month };
  });
}

export function datesAgree(a: DateClaim, b: DateClaim): boolean {
  if (!a.otherReading && !b.otherReading) return partsAgree(a, b);
  return readings(a).some(x => readings(b).some(y => partsAgree(x, y)));
}

/** A date as read, and as read the other way (otherReading). */
function readings(d: DateClaim): DateClaim[] {
  return d.otherReading ? [d, { ...d, ...d.otherReading }] : [d];
}

/** The parts both dates write are equal, and there is one at least. */
function partsAgree(a: DateClaim, b: DateClaim): boolean {
  let shared = 0;
  for (const p of PARTS) {
    if (a[p] !== undefined && b[p] !== undefined) {
      if (a[p] !== b[p]) return false;
      shared++;
    }
  }
  if (a.through && b.through) {
    for (const p of PARTS) if (a.through[p] !== undefined && b.through[p] !== undefined && a.through[p] !== b.through[p]) return false;
  }
  return shared > 0;
}

/** Two dates could stand for one another: they state a part in common (both a year, both a month...). */
export function comparableDates(a: DateClaim, b: DateClaim): boolean {
  return PARTS.some(p => a[p] !== undefined && b[p] !== undefined);
}
