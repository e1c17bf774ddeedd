// Dates a source states without writing them out, so that a draft that writes them out is not contradicted:
// - the weekday of a full date ("3 March 2021" was a Wednesday);
// - a weekday the article dates by its own dateline: in a story dated Thursday 8 September 2016, "the council met on
//   Tuesday" is 6 September 2016 ("will meet on Tuesday" is the 13th);
// - a year a sentence works out from another: "closed in 2019, ten years after it opened" puts the opening in 2009;
// - a year or month named relative to another: "a year earlier" than 2022 is 2021, "the previous month" before
//   January is December, "last year" in a story dated 14 March 2023 is 2022;
// - the days a range spans: "from 1 to 5 June" is a five-day festival (or four days, counted between the ends);
// - the quarters of the year a sentence names ("the first quarter", "Q4", "the quarter ending 31 December"), which
//   a range of months ("January-March") or "three months" stands for.
// These only ever support a draft's date; a source's date as written is what a mismatch quotes (or, for a year
// named relative to the dateline, the year it means).
import type { AnalysedSentence } from './claims';
import type { DateClaim } from './dates';
import { yearsOf } from './numbers';

const DAY_MS = 86_400_000;

/** The weekday (0 = Sunday, as chrono-node numbers them) of a date that states its year, month and day. */
export function weekdayOf(d: DateClaim): number | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The date a document is dated by: the first date that states its year, month and day within its opening
 *  characters (a dateline: "8 September 2016 Last updated at 15:33 BST", "Published: 3 March 2021"). */
const DATELINE_WITHIN = 200;

export function datelineOf(sentences: readonly AnalysedSentence[]): DateClaim | undefined {
  for (const s of sentences) {
    if (s.sentence.start > DATELINE_WITHIN) break;
    const d = s.dates.find(x => x.start < DATELINE_WITHIN && weekdayOf(x) !== undefined);
    if (d) return d;
  }
  return undefined;
}

/** Words that put a weekday after the dateline rather than before it. */
const AHEAD = /\b(?:will|shall|next|upcoming|coming|due to|scheduled to|expected to|set to|is to|are to|plans? to|planning to)\b/i;

/** The date a weekday alone stands for in a sentence of a document dated `dateline`: within the week before it (or
 *  the day itself), or within the week after it when the sentence looks ahead. */
function resolveWeekday(d: DateClaim, dateline: DateClaim, sentenceText: string): DateClaim | undefined {
  const from = weekdayOf(dateline);
  if (d.weekday === undefined || from === undefined || d.day !== undefined || d.month !== undefined || d.year !== undefined) return undefined;
  const ahead = AHEAD.test(sentenceText);
  const shift = ahead ? (d.weekday - from + 7) % 7 || 7 : -((from - d.weekday + 7) % 7);
  const at = new Date(Date.UTC(dateline.year!, dateline.month! - 1, dateline.day!) + shift * DAY_MS);
  return { ...d, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** What a source date implies beyond what it writes: the weekday of its full date, or the full date its weekday
 *  stands for in a document dated `dateline`; undefined when nothing. */
export function impliedForm(d: DateClaim, dateline: DateClaim | undefined, sentenceText: string): DateClaim | undefined {
  const weekday = d.weekday === undefined ? weekdayOf(d) : undefined;
  if (weekday !== undefined) return { ...d, weekday };
  return dateline && resolveWeekday(d, dateline, sentenceText);
}

/** The forms a source date may take against a draft's: itself, and what it implies (impliedForm). */
export function impliedForms(d: DateClaim, dateline: DateClaim | undefined, sentenceText: string): DateClaim[] {
  const implied = impliedForm(d, dateline, sentenceText);
  return implied ? [d, implied] : [d];
}

/** The years a sentence works out from a year it states and a number of years it gives: 2009 and 2029 for "closed in
 *  2019, ten years after it opened"; 2021 for "sold 232 million in 2022, down 4% from a year earlier". */
export function yearsWorkedOut(s: AnalysedSentence): number[] {
  const years = s.dates.filter(d => d.year !== undefined).map(d => d.year!);
  if (years.length === 0) return [];
  const spans = s.numbers
    .map(n => (n.hedge || !apart(s, n) ? undefined : yearsOf(n)))
    .filter((v): v is number => v !== undefined && Number.isInteger(v) && v > 0);
  if (ONE_YEAR_APART.test(s.sentence.text)) spans.push(1);
  return years.flatMap(y => spans.flatMap(v => [y - v, y + v]));
}
const ONE_YEAR_APART = /\b(?:(?:a|one) year (?:earlier|before|ago|later|on)|the (?:previous|preceding|following|next) year|the year (?:before|after))\b/i;

/** The months a sentence works out from a month it states and a number of months it gives, with the year where
 *  the month has one: December for "rose 1.0% in January from the previous month", February for "in January … a
 *  month later", August 1971 for "released in November 1971, three months after the album was recorded". */
export function monthsWorkedOut(s: AnalysedSentence): Array<{ year?: number; month: number }> {
  const months = s.dates.filter(d => d.month !== undefined && d.day === undefined && d.through === undefined);
  if (months.length === 0) return [];
  const shifts: number[] = [];
  if (PREVIOUS_MONTH.test(s.sentence.text)) shifts.push(-1);
  if (NEXT_MONTH.test(s.sentence.text)) shifts.push(1);
  for (const n of s.numbers) {
    if (n.hedge || n.unit?.family !== 'time' || n.unit.unit !== 'month' || !Number.isInteger(n.value) || n.value <= 0 || n.value > 120 || !apart(s, n)) continue;
    shifts.push(n.value, -n.value);
  }
  const out: Array<{ year?: number; month: number }> = [];
  for (const d of months) {
    for (const v of shifts) {
      const k = d.month! - 1 + v;
      const month = (((k % 12) + 12) % 12) + 1;
      out.push(d.year !== undefined ? { year: d.year + Math.floor(k / 12), month } : { month });
    }
  }
  return out;
}
const PREVIOUS_MONTH = /\b(?:(?:the )?previous month|(?:a|one) month (?:earlier|before)|the month before)\b/i;
const NEXT_MONTH = /\b(?:the (?:following|next) month|(?:a|one) month later|the month after)\b/i;

/** A span that puts one time from another: "three months after", "two days later", "one more year" (not "a
 *  three-month contract", "a two-day visit"). */
function apart(s: AnalysedSentence, n: { tokenEnd: number; text: string }): boolean {
  // ("stay for one more year", "another year": a span added to a time.)
  return APART_WORDS.has(s.tokens[n.tokenEnd]?.norm ?? '') || ADDED_SPAN.test(n.text);
}
const ADDED_SPAN = /\b(?:more|extra|another|further|additional)\b/i;
const APART_WORDS = new Set(['later', 'earlier', 'after', 'before', 'on', 'afterwards', 'previously', 'ago', 'beforehand']);

/** The weekdays a sentence works out from a weekday it states and a number of days it gives: Wednesday for
 *  "arrested on Monday and charged two days later", Saturday for "on Friday … the following day" (and the days
 *  before, the other way). 0 = Sunday. */
export function weekdaysWorkedOut(s: AnalysedSentence): number[] {
  const days = s.dates.filter(d => d.weekday !== undefined && d.through === undefined);
  if (days.length === 0) return [];
  const spans = daySpans(s, 7);
  return days.flatMap(d => spans.flatMap(v => [(d.weekday! + v) % 7, (d.weekday! - v + 7) % 7]));
}

/** The days a sentence works out from a day it states and a number of days it gives: 31 March for "booked on March
 *  26 … posted five days later" (and 21 March, the other way); 16 May for "on 15 May … the next day". */
export function daysWorkedOut(s: AnalysedSentence): Array<{ year?: number; month: number; day: number }> {
  const days = s.dates.filter(d => d.month !== undefined && d.day !== undefined && d.through === undefined);
  if (days.length === 0) return [];
  const spans = daySpans(s, 400);
  const out: Array<{ year?: number; month: number; day: number }> = [];
  for (const d of days) {
    for (const v of spans) {
      for (const sign of [-1, 1]) {
        const at = new Date(Date.UTC(d.year ?? 2001, d.month! - 1, d.day! + sign * v));
        out.push({ ...(d.year !== undefined ? { year: at.getUTCFullYear() } : {}), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
      }
    }
  }
  return out;
}
const ONE_DAY_APART = /\b(?:(?:a|one) day (?:earlier|before|later|after|on)|the (?:previous|preceding|following|next) day|the day (?:before|after))\b/i;

/** The numbers of days under `max` a sentence puts one time from another ("five days later"), and 1 for "the next
 *  day". */
function daySpans(s: AnalysedSentence, max: number): number[] {
  const spans = s.numbers
    .filter(n => !n.hedge && n.unit?.family === 'time' && n.unit.unit === 'day' && Number.isInteger(n.value) && n.value > 0 && n.value < max && apart(s, n))
    .map(n => n.value);
  if (ONE_DAY_APART.test(s.sentence.text)) spans.push(1);
  return spans;
}

/** Days from one day to another (negative when `b` comes first). */
export function daysApart(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The years a sentence names relative to its document's dateline: 2022 for "last year" or "a year ago" in a story
 *  dated 14 March 2023, 2023 for "this year", 2024 for "next year". */
export function relativeYears(text: string, dateline: DateClaim | undefined): Array<{ text: string; year: number }> {
  if (dateline?.year === undefined) return [];
  const out: Array<{ text: string; year: number }> = [];
  for (const m of text.matchAll(RELATIVE_YEAR)) out.push({ text: m[1], year: dateline.year + (/^(?:last|a|one|the previous)/i.test(m[1]) ? -1 : /^next/i.test(m[1]) ? 1 : 0) });
  return out;
}
const RELATIVE_YEAR = /\b(last year|this year|next year|(?:a|one) year ago|the previous year|earlier this year|later this year)\b/gi;

/** The days a range spans, counted with both ends (5 for "1 to 5 June", "Monday to Friday") and between them (4). */
export function daysSpanned(d: DateClaim): number[] {
  const t = d.through;
  if (!t) return [];
  let between: number | undefined;
  if (d.day !== undefined && t.day !== undefined) {
    const year = d.year ?? t.year ?? 2001;
    const month = d.month ?? t.month;
    const lastMonth = t.month ?? month;
    if (month === undefined || lastMonth === undefined) return [];
    between = daysApart({ year, month, day: d.day }, { year: t.year ?? year, month: lastMonth, day: t.day });
  } else if (d.weekday !== undefined && t.weekday !== undefined) {
    between = (t.weekday - d.weekday + 7) % 7;
  }
  return between === undefined || between <= 0 ? [] : [between + 1, between];
}

/** The quarters of the year a sentence names: 1 for "the first quarter" or "Q1", 4 for "the final quarter" or "the
 *  quarter ending 31 December". */
export function quartersNamed(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(QUARTER)) {
    if (m[3]) out.push(Math.ceil((MONTHS.indexOf(m[3].slice(0, 3).toLowerCase()) + 1) / 3));
    else out.push(m[2] ? Number(m[2]) : QUARTER_WORDS[m[1].toLowerCase()]);
  }
  return out;
}
const QUARTER = /\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter|Q([1-4])|quarter (?:ending|ended|to|through) (?:\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** The quarter a range of months is ("January-March" the first, "October to December" the fourth), or undefined. */
export function quarterOfMonths(d: DateClaim): number | undefined {
  if (d.day !== undefined || d.month === undefined || d.through?.month === undefined || d.through.day !== undefined) return undefined;
  return d.month % 3 === 1 && d.through.month === d.month + 2 ? (d.month + 2) / 3 : undefined;
}
