// Whether a claim is stated anywhere in the sources, in any form: the checks the unsupported-* rules and the
// mismatch rules share.
import { agesOfPeople, decadesOf, opensSentence, type PersonAge } from '../ages';
import { codePattern, descriptorParts } from '../codes';
import type { Candidate } from '../align';
import type { AnalysedSentence } from '../claims';
import { evidenceDocs, type SentenceContext } from '../context';
import { datesAgree, type DateClaim } from '../dates';
import { datelineOf, daysApart, daysSpanned, daysWorkedOut, impliedForm, monthsWorkedOut, quarterOfMonths, quartersNamed, relativeYears, weekdaysWorkedOut, yearsWorkedOut } from '../impliedDates';
import { acronym, compact, initials, MIN_CLIPPED, NAME_ALIASES, nameCoveredBy, ownedWords, sameFirstName, seatAliases, writtenInitials, type NameClaim } from '../names';
import type { IndexedDoc, IndexedSentence, SourceIndex } from '../sourceIndex';
import { numbersAgree, PART_OF, roundTo, sameCurrency, TIME_DAYS, yearsOf, type NumberClaim } from '../numbers';
import { RATE_NAME, sameRateKind, timesAYear } from '../rates';
import { scoresOf } from '../scores';
import { CAPITALS, canonicalPlace, capitalsOf } from '../places';
import { minutesBetweenTimes } from '../timesOfDay';
import { stem, type Token } from '../tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const SPELT_ACRONYM = /^\s*\((\p{Lu}{2,6})\)/u;
const PERSON_OF = /^(\p{Lu}\p{L}+ \p{Lu}\p{L}+) of (.+)$/u;
const COUNTRY_ACRONYM = /^(US|UK|EU|UN)(\p{Lu}{2,})$/u;
// What COUNTRY_ACRONYM and SPELT_ACRONYM need to match, tested first: V8 parses an expression's Unicode classes
// when it first runs it and again when it compiles it to machine code on its second run (about 1 ms each for
// these), which the first unknown name typed after opening a draft paid for (nameStatedInSources).
const COUNTRY_PREFIX = /^(?:US|UK|EU|UN)/;
const OPENING_BRACKET = /^\s*\(/;
const LETTER_AND_FIGURE = /^(\p{Lu})(\d+)$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const MONTH_WRITTEN_AS_NAME = /^\p{Lu}\p{Ll}+$/u;
const THREE_CAPITALS = /^\p{Lu}{3}$/u;

/** The quantity appears in a source, or the draft worked it out from figures of its evidence: a sum or difference,
 *  a percentage change, the years between two years. `scanAll` skips the lookup by value (the reference the tests
 *  compare it with). */
export function numberStatedInSources(ctx: SentenceContext, n: NumberClaim, scanAll = false): boolean {
  const docs = evidenceDocs(ctx);
  const agrees = (s: Sourced<NumberClaim>) => numbersAgree(n, s.claim) && inEvidenceDocs(docs, s);
  if ((!scanAll && numbersOfValue(ctx.index, n.value).some(agrees)) || ctx.index.numbers.some(agrees)) return true;
  if (!n.unit && !n.hedge && ctx.index.codeNumbers.has(n.value)) return true;
  if (yearOrDatePart(ctx, n)) return true;
  return numberWorkedOut(ctx, n, ctx.candidates.slice(0, 3));
}

/** A claim of the sources' lists is in one of the evidence's documents (all count when `docs` is undefined). The
 *  lists hold a claim repeated word for word once, with its first sentence: the same words in an evidence document
 *  count too. */
function inEvidenceDocs(docs: Set<IndexedDoc> | undefined, s: Sourced<NumberClaim | DateClaim>): boolean {
  if (!docs || docs.has(s.sentence.doc)) return true;
  for (const d of docs) if (standsIn(d.text, s.claim.text)) return true;
  return false;
}

/** `words` stand in `text` as written, not inside a longer word or figure ("31" is not in "2031"). */
function standsIn(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The draft worked the quantity out from figures of the given evidence sentences: a sum or difference, a
 *  percentage change, the years between two years, a range, a rate. */
export function numberWorkedOut(ctx: SentenceContext, n: NumberClaim, evidence: Candidate[]): boolean {
  if (evidence.some(c => inRange(c.sentence, n)) || spanOfOwnDates(ctx, n)) return true;
  if (rateConverted(ctx, n) || decadeRange(ctx, n) || quarterLong(ctx, n)) return true;
  // A share worked out may be a bound ("nearly 30%" of the staff for 350 of 1,200).
  const change = CHANGE_WORDS.test(ctx.draft.sentence.text);
  if (n.hedge && n.hedge !== 'about') return evidence.some(c => percentChange(c.sentence, n, change) || compoundDuration(c.sentence, n) || spanOfDates(c.sentence, n) || hoursBetween(c.sentence, n) || datesSpanned(c.sentence, n)) || hoursBetween(ctx.draft, n) || spanFromDraftDate(ctx, n, evidence);
  // Arithmetic the draft did itself, from exact figures only: a bound ("more than 60") is not a sum, and a sum of
  // bounds is not a figure.
  // A figure in the draft figure's own place ("170 the year before" for the draft's "130 the year before") is the one
  // it stands for, changed, and no term of a sum or difference that gives it (170 − 40: probe21 p21-030c).
  const nums = evidence.flatMap(c => c.sentence.numbers.filter(s => !s.hedge && !inPlaceOf(ctx.draft.tokens, n, c.sentence.tokens, s)));
  if (sumOrDifference(nums, n, true, scorePartners(evidence))) return true;
  if (evidence.some(c => roughArithmetic(c.sentence, n) || totalOf(ctx, c.sentence, n))) return true;
  // A change or a span worked out within one sentence ("rose from 100,000 to 120,000", "from 2010 to 2018"): across
  // sentences, two figures meet by chance too often.
  // Or from two figures of the draft's own sentence, each checked in its turn: "cut a fine from $1m to $50,000, a
  // reduction of 95%" (probe17 p17-108, where the source gives the two figures apart).
  if (percentChange(ctx.draft, n, change)) return true;
  if (evidence.some(c => percentChange(c.sentence, n, change) || baseOfChange(c.sentence, n) || yearsBetween(c.sentence, n) || daysOfRange(c.sentence, n) || daysBetween(c.sentence, n) || hoursBetween(c.sentence, n) || datesSpanned(c.sentence, n) || monthsBetween(c.sentence, n) || shareOfFigure(c.sentence, n) || ratioOfFigures(c.sentence, n) || compoundDuration(c.sentence, n) || spanOfDates(c.sentence, n))) return true;
  return spanFromDraftDate(ctx, n, evidence) || partOfFigure(ctx, n, evidence) || ageGap(ctx, n) || marginWorkedOut(ctx, n, evidence);
}

/** Source figure `e` stands where draft figure `n` does: the two words after each are the same, one of them a
 *  content word ("130 [the year] before" and "170 [the year] before"). (Not the words before: "The agency said 130
 *  fewer" is the draft's own difference of "The agency said 40 … 170".) */
function inPlaceOf(draft: Token[], n: NumberClaim, source: Token[], e: NumberClaim): boolean {
  const same = (d: number, s: number) => d < draft.length && s < source.length && draft[d].norm === source[s].norm;
  const content = (d: number) => !draft[d].stop && !draft[d].num;
  return same(n.tokenEnd, e.tokenEnd) && same(n.tokenEnd + 1, e.tokenEnd + 1) && (content(n.tokenEnd) || content(n.tokenEnd + 1));
}

/** Years between the ages the sources give two people the draft sentence names: "Stewart is 14 years older than
 *  Strauss" where they say "Alec Stewart (Age 52)" and "Andrew Strauss, 38". */
function ageGap(ctx: SentenceContext, n: NumberClaim): boolean {
  if (n.hedge || n.unit?.family !== 'time' || n.unit.unit !== 'year' || !Number.isInteger(n.value) || n.value <= 0) return false;
  if (!/\b(?:older|younger|elder|junior|senior)\b/i.test(ctx.draft.sentence.text)) return false;
  const people = ctx.draft.names.filter(x => x.type !== 'place' && x.type !== 'org' && !x.place && !x.code);
  if (people.length < 2) return false;
  // Each person's ages: those the sources give that person; else the one age they give anyone of that surname.
  const ages = people.map(p => {
    const all = agesInSources(ctx, p);
    const same = all.filter(g => g.same);
    const values = new Set((same.length > 0 ? same : all).map(g => g.age.value));
    return same.length > 0 || values.size === 1 ? values : new Set<number>();
  });
  for (let i = 0; i < ages.length; i++) {
    for (let j = i + 1; j < ages.length; j++) {
      for (const a of ages[i]) for (const b of ages[j]) if (Math.abs(a - b) === n.value) return true;
    }
  }
  return false;
}

/** A margin or a difference the draft puts in words, of figures its evidence gives: "beat Mora by 115 points" for
 *  "8,720 points … silver with 8,605" (two figures of its evidence sentences, apart by the draft's); "about £340 more
 *  than her £2,000 target" for "raising £2,340.50" (the draft's other figure and one of the evidence, apart by it).
 *  Hedged with "about", within 5%. */
export function marginWorkedOut(ctx: SentenceContext, n: NumberClaim, evidence: Candidate[]): boolean {
  if ((n.hedge && n.hedge !== 'about') || n.unit?.family === 'percent' || n.value <= 0) return false;
  const tokens = ctx.draft.tokens;
  const fits = (gap: number) => (n.hedge === 'about' ? Math.abs(gap - n.value) <= 0.05 * n.value : Math.abs(gap - n.value) < 1e-9 * Math.max(1, n.value));
  const kind = (e: NumberClaim) => exactOfKind(e, n);
  if (tokens[n.tokenStart - 1]?.norm === 'by') {
    // (Of the evidence sentences together: "He scored 8,720 points. Mora took silver with 8,605.")
    // A goal of a score goes only with the other goal of it (see sumOrDifference).
    const nums = evidence.flatMap(c => c.sentence.numbers.filter(kind));
    const partners = scorePartners(evidence);
    for (let i = 0; i < nums.length; i++) {
      for (let j = i + 1; j < nums.length; j++) {
        if ((partners.has(nums[i]) || partners.has(nums[j])) && partners.get(nums[i]) !== nums[j]) continue;
        if (fits(Math.abs(nums[i].value - nums[j].value))) return true;
      }
    }
  }
  const after = tokens.slice(n.tokenEnd, n.tokenEnd + 2).map(t => t.norm).join(' ');
  if (!COMPARED.test(after)) return false;
  const other = ctx.draft.numbers.find(x => x !== n && x.tokenStart >= n.tokenEnd && x.tokenStart - n.tokenEnd <= 5 && kind(x));
  return !!other && evidence.some(c => c.sentence.numbers.some(e => kind(e) && fits(Math.abs(e.value - other.value))));
}
/** `e` is an exact figure of `n`'s kind: its unit family, and for money its currency. */
function exactOfKind(e: NumberClaim, n: NumberClaim): boolean {
  return !e.hedge && (e.unit?.family ?? 'count') === (n.unit?.family ?? 'count') && (n.unit?.family !== 'money' || sameCurrency(e.unit!.unit, n.unit!.unit));
}
const COMPARED = /^(?:more than|less than|fewer than|higher than|lower than|ahead of|short of|behind|above|below)\b/;

/** How many times one figure of a sentence is another of its kind, rounded to the draft's digits: "roughly 1.6
 *  times the national figure" for "$98,500, compared to $61,000 nationally". */
function ratioOfFigures(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.unit || n.noun !== 'time' || n.value <= 1) return false;
  const decimals = /\.(\d+)/.exec(n.text)?.[1].length ?? 0;
  const figures = s.numbers.filter(x => !x.hedge && x.value > 0);
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || a.value <= b.value || (a.unit?.family ?? '') !== (b.unit?.family ?? '') || a.unit?.unit !== b.unit?.unit) continue;
      const ratio = a.value / b.value;
      const off = Math.abs(ratio - n.value);
      if (n.hedge === 'about' ? off <= 0.1 * n.value : off <= 0.5 * 10 ** -decimals + 1e-9) return true;
    }
  }
  return false;
}

/** A half, third or quarter of a figure that the draft says it is, the figure in its evidence or in the draft
 *  sentence itself: "Hampton wanted half, $250" for "wanted half of the proceeds" of "$500"; "$400, half of the
 *  prize" of "$800"; "a third of the £24bn cost, about £8bn". */
function partOfFigure(ctx: SentenceContext, n: NumberClaim, evidence: Candidate[]): boolean {
  if (n.hedge && n.hedge !== 'about') return false;
  const tokens = ctx.draft.tokens;
  // The part word right before the figure or right after it, a few words at most ("half, $250", "half of it,
  // $250", "$400, half of the prize"; not "in the first half they scored 2").
  // Or "a third of the cost, about £6bn": the part "of" something, a few words more before the figure.
  const near = [...tokens.slice(Math.max(0, n.tokenStart - PART_REACH), n.tokenStart), ...tokens.slice(n.tokenEnd, n.tokenEnd + PART_REACH)];
  const parts = near.flatMap(t => (PART_OF[t.norm] !== undefined ? [PART_OF[t.norm]] : []));
  for (let k = Math.max(0, n.tokenStart - PART_OF_REACH); k < n.tokenStart - PART_REACH; k++) {
    if (PART_OF[tokens[k].norm] !== undefined && tokens[k + 1]?.norm === 'of') parts.push(PART_OF[tokens[k].norm]);
  }
  const sameKind = (e: NumberClaim) => exactOfKind(e, n);
  const isPart = (whole: number, k: number) => (n.hedge === 'about' ? Math.abs(whole * k - n.value) <= 0.1 * n.value : Math.abs(whole * k - n.value) < 1e-9 * Math.max(1, whole));
  if (parts.length > 0 && evidence.some(c => c.sentence.numbers.some(e => sameKind(e) && parts.some(k => isPart(e.value, k))))) return true;
  // "a third of the £24bn cost, about £8bn": the part word "of" a figure of the draft sentence.
  return ctx.draft.numbers.some(e => {
    if (e === n || !sameKind(e)) return false;
    const before = tokens.slice(Math.max(0, e.tokenStart - 3), e.tokenStart).map(t => t.norm);
    const of = before.lastIndexOf('of');
    const k = of > 0 ? PART_OF[before[of - 1]] : undefined;
    return k !== undefined && isPart(e.value, k);
  });
}
const PART_REACH = 3;
const PART_OF_REACH = 7;

/** A span between two dates the draft sentence itself gives (each checked as a date on its own): "convicted in
 *  October 2012, three and a half years after the 6 April 2009 quake", "expelled on 10 June, five days after missing
 *  the 5 June deadline". */
function spanOfOwnDates(ctx: SentenceContext, n: NumberClaim): boolean {
  if (hoursBetween(ctx.draft, n)) return true;
  if (n.unit?.family !== 'time' || ctx.draft.dates.length < 2) return false;
  if (spanOfDates(ctx.draft, n) || monthsBetween(ctx.draft, n) || yearsBetween(ctx.draft, n) || daysBetween(ctx.draft, n)) return true;
  return datesSpanned(ctx.draft, n);
}

/** A span in days or weeks between two dates of one sentence that give their day and month (in one year where
 *  they state none): "five days" from 5 June to 10 June. A length put as an adjective may count both days: "the
 *  two-day summit" that began on 10 June and ended on 11 June. */
function daysBetween(s: AnalysedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time' || n.unit.days < 1 || n.unit.days > 7) return false;
  const days = n.value * n.unit.days;
  const inclusive = n.unit.days === 1 && ADJECTIVAL_DAYS.test(n.text);
  const dated = s.dates.filter(d => d.month !== undefined && d.day !== undefined && d.through === undefined);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i];
      const b = dated[j];
      const year = a.year ?? b.year ?? 2001;
      const span = Math.abs(daysApart({ year: a.year ?? year, month: a.month!, day: a.day! }, { year: b.year ?? year, month: b.month!, day: b.day! }));
      if (span > 0 && (spanFits(span, 0, days, n.unit.days, n.hedge) || (inclusive && spanFits(span + 1, 0, days, 1, n.hedge)))) return true;
    }
  }
  return false;
}
const ADJECTIVAL_DAYS = /-days?$/i;

/** A span in minutes or hours between two times of day one sentence gives: "about four hours" from "shortly after
 *  2am" to "by 6am", "less than three hours" from 10.33pm to 12.55am. */
function hoursBetween(s: AnalysedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time' || n.unit.days >= 1) return false;
  const minutes = n.unit.days * 24 * 60;
  return minutesBetweenTimes(s.sentence.text).some(span => spanFits(span, 0, n.value * minutes, minutes, n.hedge));
}

/** A span counted from a date the draft sentence gives to one its evidence, or a sentence next to it, gives: "won the
 *  title in 1993, two years after captaining Lavey" where another sentence of the evidence says 1991; "reopened the
 *  case in 2012, three years after his death" where the sentence before says he was killed in 2009; "called the
 *  election on 3 March, about seven weeks before the vote" held on 21 April. */
function spanFromDraftDate(ctx: SentenceContext, n: NumberClaim, evidence: Candidate[]): boolean {
  if (n.unit?.family !== 'time' || n.unit.days < 1 || ctx.draft.dates.length === 0) return false;
  const own = ctx.draft.dates.filter(d => d.through === undefined);
  const near = new Set<IndexedSentence>();
  for (const c of evidence) {
    const doc = c.sentence.doc.sentences;
    const at = c.sentence.id - doc[0].id;
    for (let k = Math.max(0, at - NEAR_SENTENCES); k <= at + NEAR_SENTENCES && k < doc.length; k++) near.add(doc[k]);
  }
  for (const s of near) {
    for (const e of s.dates) if (e.through === undefined && own.some(d => spanBetween(d, e, n))) return true;
  }
  return false;
}

/** A span between two dates of one sentence, or the ends of a range it gives, where they lack a year: "roughly four
 *  months" from 14 February to 12 June. */
function datesSpanned(s: AnalysedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time' || n.unit.days < 1) return false;
  const ends: DateClaim[] = [];
  for (const d of s.dates) {
    if (d.spanEnd) continue;
    if (d.through === undefined) {
      ends.push(d);
      continue;
    }
    if (spanBetween({ ...d, through: undefined }, rangeEnd(d), n, true)) return true;
  }
  return ends.some((d, i) => ends.slice(i + 1).some(e => spanBetween(d, e, n, true)));
}

/** `n` is the span between dates `d` and `e`: to the day where both give one ("seven weeks" from 3 March to 21
 *  April), in months where either gives only its month, in years between bare years (exact unless hedged, and then a
 *  year either way). A date without a year is in the year of the other. */
function spanBetween(d: DateClaim, e: DateClaim, n: NumberClaim, inOrder = false): boolean {
  const unit = n.unit as { days: number };
  if (d.month === undefined || e.month === undefined) {
    const years = yearsOf(n);
    if (d.year === undefined || e.year === undefined || d.year === e.year || d.month !== undefined || years === undefined) return false;
    const span = Math.abs(d.year - e.year);
    return n.hedge ? spanFits(span, 1, years, years / n.value, n.hedge) : span === years;
  }
  const dy = d.year ?? e.year ?? 2001;
  let ey = e.year ?? d.year ?? 2001;
  // Written in order without a year, a later date earlier in the year is in the next: "between October 3 and April 20".
  if (inOrder && d.year === undefined && e.year === undefined && e.month * 100 + (e.day ?? 0) < d.month * 100 + (d.day ?? 0)) ey++;
  if (d.day !== undefined && e.day !== undefined) {
    const span = Math.abs(daysApart({ year: dy, month: d.month, day: d.day }, { year: ey, month: e.month, day: e.day }));
    return span > 0 && spanFits(span, 0, n.value * unit.days, unit.days, n.hedge);
  }
  const span = Math.abs(dy * 12 + d.month - (ey * 12 + e.month));
  const unitMonths = unit.days / MONTH_DAYS;
  return span > 0 && spanFits(span, 0, n.value * unitMonths, unitMonths, n.hedge);
}
const NEAR_SENTENCES = 2;
const MONTH_DAYS = TIME_DAYS.year / 12;

/** A span in years or decades between two dates of one sentence, rounded or hedged as the draft puts it: "almost
 *  20 years" or "almost two decades" for "from 1969 to 1988", "five years" and "almost five years" for "30 June 1940
 *  to 9 May 1945", "less than two years" for "between November 2010 and August 2012". A year alone may stand for any
 *  day of it, so a span of bare years is a year either way. */
function spanOfDates(s: AnalysedSentence, n: NumberClaim): boolean {
  const want = yearsOf(n);
  if (want === undefined || want <= 0) return false;
  const unitYears = want / n.value;
  const points: Array<{ at: number; exact: boolean }> = [];
  const add = (year: number | undefined, month: number | undefined, day: number | undefined) => {
    if (year !== undefined) points.push({ at: year + ((month ?? 1) - 1) / 12 + ((day ?? 1) - 1) / 365, exact: month !== undefined });
  };
  for (const d of s.dates) {
    if (d.spanEnd) continue;
    add(d.year, d.month, d.day);
    if (d.through) add(d.through.year ?? d.year, d.through.month ?? (d.through.year === undefined ? d.month : undefined), d.through.day);
  }
  for (const x of s.numbers) if (!x.hedge && yearAsNumber(x)) points.push({ at: x.value, exact: false });
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const span = Math.abs(points[i].at - points[j].at);
      if (span === 0) continue;
      // Bare years: the span may be up to a year longer or shorter than their difference.
      const slack = points[i].exact && points[j].exact ? 0 : 1;
      if (spanFits(span, slack, want, unitYears, n.hedge)) return true;
    }
  }
  return false;
}

/** A span of `span` years (give or take `slack`) put as `want` years with a hedge. */
function spanFits(span: number, slack: number, want: number, unitYears: number, hedge: NumberClaim['hedge']): boolean {
  const lo = span - slack;
  const hi = span + slack;
  switch (hedge) {
    case 'nearly':
      return lo <= want && hi >= 0.85 * want;
    case 'under':
      return lo < want && hi >= want / 2;
    case 'over':
      return hi > want && lo <= 1.5 * want;
    case 'about':
      return lo <= want + Math.max(0.1 * want, unitYears / 2) && hi >= want - Math.max(0.1 * want, unitYears / 2);
    default:
      // Unhedged: the exact span rounded to the draft's unit ("five years" for four years and ten months).
      return slack === 0 && Math.abs(span - want) < unitYears / 2;
  }
}

/** A span in months or years between two dates of one sentence, to the month: "in a period of five and a half
 *  years" for "between 1 July 2006 and 31 December 2011" (a span ending on a month's last day counts that month). */
function monthsBetween(s: AnalysedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time' || n.unit.days < 28) return false;
  const months = (n.value * n.unit.days) / (TIME_DAYS.year / 12);
  const dated = s.dates.filter(d => d.year !== undefined && d.month !== undefined);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const [a, b] = dated[i].year! * 12 + dated[i].month! <= dated[j].year! * 12 + dated[j].month! ? [dated[i], dated[j]] : [dated[j], dated[i]];
      let span = (b.year! - a.year!) * 12 + (b.month! - a.month!);
      if (b.day !== undefined && b.day >= 28 && (a.day ?? 1) === 1) span++;
      if (span > 0 && Math.abs(span - months) < 0.01) return true;
    }
  }
  return false;
}

/** A duration the sentence gives in two units: "159 minutes" or "over two and a half hours" for "two hours and 39
 *  minutes", "18 months" for "a year and six months". */
function compoundDuration(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time') return false;
  const nums = s.numbers;
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (a.unit?.family !== 'time' || b.unit?.family !== 'time' || a.hedge || b.hedge || a.unit.days <= b.unit.days) continue;
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(s.sentence.text.slice(a.end - s.sentence.start, b.start - s.sentence.start))) continue;
    const days = a.value * a.unit.days + b.value * b.unit.days;
    const whole: NumberClaim = { ...b, value: days / n.unit.days, unit: n.unit, sig: 15, text: `${a.text} and ${b.text}` };
    if (numbersAgree(n, whole)) return true;
  }
  return false;
}

/** "Three months" for a quarter of the year its evidence names ("the first quarter", "Q4"). */
function quarterLong(ctx: SentenceContext, n: NumberClaim): boolean {
  return n.unit?.family === 'time' && n.unit.unit === 'month' && n.value === 3 && !n.hedge && ctx.candidates.slice(0, 3).some(c => quartersNamed(c.sentence.sentence.text).length > 0);
}

/** A range of months the evidence names as a quarter: "January-March 2023" for "the first quarter of 2023". A year
 *  the draft gives must be the sentence's. */
export function quarterDated(ctx: SentenceContext, d: DateClaim): boolean {
  const q = quarterOfMonths(d);
  if (q === undefined) return false;
  return ctx.candidates.slice(0, 3).some(c =>
    quartersNamed(c.sentence.sentence.text).includes(q) && (d.year === undefined || c.sentence.dates.some(x => x.year === d.year) || c.sentence.numbers.some(x => x.value === d.year)),
  );
}

/** A range of the draft that spans decades of its evidence: "aged 60 to 79" for "in their 60s and 70s", "aged 20-29"
 *  for "in their twenties". Each end is stated; one figure within a decade ("aged 65") is not. (Years are dates:
 *  "from 1990 to 1999" for "the 1990s" is left to the date rules.) */
function decadeRange(ctx: SentenceContext, n: NumberClaim): boolean {
  if (n.hedge || (n.unit && n.unit.family !== 'age') || !Number.isInteger(n.value)) return false;
  const nums = ctx.draft.numbers;
  const i = nums.indexOf(n);
  const text = ctx.draft.sentence.text;
  const base = ctx.draft.sentence.start;
  const joined = (low: NumberClaim | undefined, high: NumberClaim | undefined) =>
    low !== undefined && high !== undefined && /^\s*(?:[-–—]|to|and)\s*$/i.test(text.slice(low.end - base, high.start - base));
  let low: NumberClaim;
  let high: NumberClaim;
  if (joined(n, nums[i + 1])) [low, high] = [n, nums[i + 1]];
  else if (joined(nums[i - 1], n)) [low, high] = [nums[i - 1], n];
  else return false;
  if (low.value >= high.value) return false;
  const decades = ctx.candidates.slice(0, 3).flatMap(c => decadesOf(c.sentence.sentence.text));
  return decades.includes(low.value) && decades.includes(high.value - 9);
}

/** An amount of money or a count put at another rate than its evidence's: "about £100 a month" or "£23 a week" for
 *  "£1,200 a year", "£1,200 a year" for "£100 a month", "1.1 million vehicles a week" for "160,000 vehicles a day". The draft may round the amount it works out, to two significant digits
 *  unless it says "about". */
export function rateConverted(ctx: SentenceContext, n: NumberClaim): boolean {
  const per = timesAYear(ctx.draft.tokens, n);
  if (per === undefined) return false;
  for (const c of ctx.candidates.slice(0, 3)) {
    for (const e of c.sentence.numbers) {
      if (!sameRateKind(n, e) || e.alt !== undefined) continue;
      const theirs = timesAYear(c.sentence.tokens, e);
      if (theirs === undefined || theirs === per) continue;
      const v = (e.value * theirs) / per;
      // Unhedged, to two significant digits at least: "£23 a week" for £1,200 a year, not "£20".
      if (n.hedge ? numbersAgree(n, { ...e, value: v }) : (n.sig >= 2 && Math.abs(roundTo(v, n.sig) - n.value) < 1e-9) || Math.abs(v - n.value) <= 0.01 * v) return true;
    }
  }
  return false;
}

/** The evidence's amount `e` put at the rate of the draft's `n` when the two fall due at different rates: for "£150
 *  a month" against "£1,200 a year", "£100" (the quick fix) with both rates named for the message. */
export function atDraftRate(ctx: SentenceContext, n: NumberClaim, e: NumberClaim, evidence: IndexedSentence): { text: string; ours: string; theirs: string } | undefined {
  if (!sameRateKind(n, e)) return undefined;
  const per = timesAYear(ctx.draft.tokens, n);
  const theirs = timesAYear(evidence.tokens, e);
  if (per === undefined || theirs === undefined || per === theirs) return undefined;
  // To the source's precision, two significant digits at least: "1,100,000" a week for "about 160,000" a day.
  const v = roundTo((e.value * theirs) / per, Math.max(e.sig, 2));
  const digits = /[\d][\d,.]*/.exec(n.text);
  if (!digits) return undefined;
  const figure = v.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  // The draft's words around its digits kept: "£" before, a unit word after (" tonnes"; not a scale: the figure is
  // written out in full, "£100,000" for "£0.2m").
  const after = n.text.slice(digits.index + digits[0].length);
  return { text: n.text.slice(0, digits.index) + figure + (/^\s/.test(after) ? after : ''), ours: RATE_NAME[per], theirs: RATE_NAME[theirs] };
}

/** A share of a figure of the sentence worked out: "600" (or "about 600") for "half of the 1,200 workers", "300"
 *  for "a quarter of its 1,200 staff". */
function shareOfFigure(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.unit && n.unit.family !== 'count') return false;
  const shares = s.numbers.filter(x => x.fraction && x.unit?.family === 'percent');
  if (shares.length === 0) return false;
  const figures = s.numbers.filter(x => !x.fraction && !x.hedge && (!x.unit || x.unit.family === 'count'));
  for (const f of shares) {
    for (const x of figures) {
      const v = (f.value / 100) * x.value;
      if (Math.abs(v - n.value) <= (n.hedge === 'about' ? 0.1 * v : Math.max(0.5, 0.005 * v))) return true;
    }
  }
  return false;
}

/** A duration the days of a range in the sentence make: "a five-day festival" for "from 1 to 5 June", "a two-week
 *  run" for "1 to 14 June", "four days of strikes" for "Monday to Friday" counted between the ends. */
function daysOfRange(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.unit?.family !== 'time' || n.unit.days < 1) return false;
  const days = n.value * n.unit.days;
  return s.dates.some(d => daysSpanned(d).includes(days));
}

/** A hedged figure within a range the sentence gives states it: "about 15" for "between 10 and 20", "some 35" for
 *  "30-40", "about seven weeks" for "6 to 8 weeks". A precise figure does not (the source does not say which). */
function inRange(s: IndexedSentence, n: NumberClaim): boolean {
  return n.hedge === 'about' && withinRange(s, n);
}

/** The ranges a sentence gives, low and high: "between 10 and 20", "30-40", "6 to 8 weeks". */
export function rangesOf(s: { sentence: { text: string; start: number }; numbers: NumberClaim[] }): Array<[NumberClaim, NumberClaim]> {
  const text = s.sentence.text;
  const at = (offset: number) => offset - s.sentence.start;
  const nums = s.numbers;
  const out: Array<[NumberClaim, NumberClaim]> = [];
  for (let i = 0; i + 1 < nums.length; i++) {
    const low = nums[i];
    const high = nums[i + 1];
    const between = text.slice(at(low.end), at(high.start));
    if (!/^\s*(?:[-–—]|to|and)\s*$/i.test(between)) continue;
    if (/and/i.test(between) && !/\bbetween\s+$/i.test(text.slice(0, at(low.start)))) continue;
    if (low.unit && high.unit && low.unit.family !== high.unit.family) continue;
    out.push([low, high]);
  }
  return out;
}

/** The figure lies within a range the sentence gives ("between 10 and 20", "30-40", "6 to 8 weeks"). */
export function withinRange(s: IndexedSentence, n: NumberClaim): boolean {
  for (const [low, high] of rangesOf(s)) {
    const unit = high.unit ?? low.unit;
    if ((unit?.family ?? undefined) !== (n.unit?.family ?? undefined) && !(unit === undefined && n.unit?.family === 'count')) continue;
    const scale = (u: NumberClaim['unit']) => (u?.family === 'time' ? u.days : 1);
    const v = n.value * scale(n.unit);
    if (v >= low.value * scale(unit) && v <= high.value * scale(unit)) return true;
  }
  return false;
}

/** Two numbers of the evidence added or subtracted (or only added): "413 have survived" of 870 infected and 457 dead. */
function sumOrDifference(nums: NumberClaim[], n: NumberClaim, differences = true, partners?: Map<NumberClaim, NumberClaim>): boolean {
  // Nothing is worked out to zero, and a rank ("the second") is not added up; an age only from an age and a number
  // of years ("died aged 85" is no "84" and a list's "1").
  if (n.value === 0) return false;
  // An age is worked out only from an age and a number of years: "The 71-year-old" who has been a supporter "for 62
  // years, having attended his first match aged 9", "he first won it at 26" when he won it again "at the age of 35
  // ... 9 years after" (probe18, cliff and goyal21 articles).
  if (n.unit?.family === 'age') return ageAndYears(nums, n, differences);
  // Years between two ages ("28 years older" for the 75-year-old and Kensit, 47), where one at least is an age.
  const gap = differences && n.unit?.family === 'time' && n.unit.unit === 'year';
  // A bare figure that counts something else is no quantity of the draft's unit: "four years" and "her two sons" make
  // no "six years" (probe24, a cliff court report).
  const same = nums.filter(s => s.unit?.family !== 'ordinal' && (!s.unit ? !(n.unit && s.noun) : !n.unit || s.unit.family === n.unit.family || (gap && s.unit.family === 'age')));
  if (!n.unit && ageAndYears(nums, n, differences)) return true;
  for (let i = 0; i < same.length; i++) {
    for (let j = i + 1; j < same.length; j++) {
      // A goal of a score goes only with the other goal of it: "won by three goals" from 4-1, but "11 points clear"
      // is no difference of a 13-point lead and the 2 of a 2-0 win.
      if (partners && (partners.has(same[i]) || partners.has(same[j])) && partners.get(same[i]) !== same[j]) continue;
      const a = same[i].value;
      const b = same[j].value;
      // (Within a rounding error of floating point: 34 − 31.4 is 2.6000000000000014.)
      const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
      const ageI = same[i].unit?.family === 'age';
      if (ageI || same[j].unit?.family === 'age') {
        // An age is only taken from another age or a bare figure, and only the difference.
        const other = ageI ? same[j] : same[i];
        if ((!other.unit || other.unit.family === 'age') && Math.abs(Math.abs(a - b) - n.value) < eps) return true;
        continue;
      }
      if (Math.abs(a + b - n.value) < eps || (differences && Math.abs(Math.abs(a - b) - n.value) < eps)) return true;
    }
  }
  return false;
}

/** `n` (an age, or a bare figure: "making him 35 when she died") is an age of the evidence plus or minus a number of
 *  years it gives ("Vance, 52, ... 17 years younger than his wife"). */
function ageAndYears(nums: NumberClaim[], n: NumberClaim, differences: boolean): boolean {
  const ages = nums.filter(s => s.unit?.family === 'age');
  if (ages.length === 0) return false;
  const years = nums.filter(s => s.unit?.family === 'time' && s.unit.unit === 'year' && !s.hedge);
  return ages.some(a => years.some(y => a.value + y.value === n.value || (differences && a.value - y.value === n.value)));
}

/** Each figure of a score in the sentences, with the other figure of its score. */
function scorePartners(evidence: Candidate[]): Map<NumberClaim, NumberClaim> {
  const out = new Map<NumberClaim, NumberClaim>();
  for (const c of evidence) {
    for (const [a, b] of scoresOf(c.sentence.sentence.text, c.sentence.sentence.start, c.sentence.numbers)) out.set(a, b).set(b, a);
  }
  return out;
}

/** A rough figure worked out from rough figures of one sentence: "a loss of about 100 sq km" for "some 375 sq km in
 *  the 1970s and about 275 sq km by the late 2000s". */
export function roughArithmetic(s: IndexedSentence, n: NumberClaim): boolean {
  return n.hedge === 'about' && sumOrDifference(s.numbers.filter(x => !x.hedge || x.hedge === 'about'), n);
}

/** A total the draft says it worked out from two figures of a sentence: "a combined 214 medals" for "67 medals and
 *  the Paralympics 147", "400 workers across Leeds and Bradford" for 250 in one and 150 in the other. Without such a word a sum or difference within one sentence is too often a changed figure:
 *  "3-2" for "3-1", "12 Challenger 2 tanks" for 14, "413 deaths" for 457 of 870 infected. */
export function totalOf(ctx: SentenceContext, s: IndexedSentence, n: NumberClaim): boolean {
  if (!TOTAL_WORDS.test(ctx.draft.sentence.text)) return false;
  const same = s.numbers.filter(x => !x.hedge && (x.unit?.family ?? 'count') === (n.unit?.family ?? 'count'));
  return sumOrDifference(same, n, false) || sumOfThree(same, n);
}

/** Three figures that add up to the draft's: "£215 in total" for a £110 fine, a £20 surcharge and £85 costs. */
function sumOfThree(nums: NumberClaim[], n: NumberClaim): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(n.value));
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      for (let k = j + 1; k < nums.length; k++) if (Math.abs(nums[i].value + nums[j].value + nums[k].value - n.value) < eps) return true;
    }
  }
  return false;
}
const TOTAL_WORDS = /\b(?:combined|in total|a total of|totall?ing|totall?ed|in all|all told|altogether|overall|together|between them|across (?:the |its |their )?(?:two|three|four|both)\b|across [^.;:]{1,40} and)\b/i;

/** A percentage the draft worked out from two different figures of one kind: "rose 20%" from 100,000 to 120,000,
 *  "fell 20%" from $50 to $40 (not 25%: a change is relative to where it started), or the smaller as a share of the
 *  larger; rounded to the draft's precision. */
/** Words of a sentence that speaks of a change or a comparison: only there is a percentage a change worked out. */
const CHANGE_WORDS = /\b(?:ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|increas\w*|decreas\w*|up|down|cut\w*|drop\w*|grow\w*|grew|jump\w*|more|less|fewer|higher|lower|chang\w*|gain\w*|los[st]\w*|declin\w*|surg\w*|plung\w*|slump\w*|compar\w*|climb\w*|soar\w*|slid\w*|slip\w*|rais\w*|reduc\w*|boost\w*|doubl\w*|halv\w*|shr[iu]nk\w*|over|than|from|since|year-on-year|on the year)\b/i;

/** The percentage is worked out from two figures of the sentence: the smaller as a share of the larger, or, where
 *  the draft speaks of a change (`change`), the change from the first to the second. "New 2,000 and 500 rupee notes"
 *  is no 75% change for "a share of some 80%" to be (probe19). */
function percentChange(s: { numbers: NumberClaim[]; tokens: Token[] }, n: NumberClaim, change: boolean): boolean {
  if (n.unit?.family !== 'percent') return false;
  const figures = s.numbers.filter(x => !x.hedge && x.unit?.family !== 'percent' && x.value !== 0);
  // Rounded to the draft's digits: "5%" or "5.4%" for 5.41%, not "5.7%"; a hedge read as written ("nearly 30%" for
  // 29.2%, "more than 25%").
  const decimals = /\.(\d+)/.exec(n.text)?.[1].length ?? 0;
  const fits = (x: number) => {
    switch (n.hedge) {
      case 'about': return Math.abs(x - n.value) <= 0.1 * n.value;
      case 'nearly': return x <= n.value && x >= 0.9 * n.value;
      case 'over': return x >= n.value && x <= n.value * 1.2;
      case 'under': return x <= n.value && x >= n.value / 1.2;
      default: return Math.abs(x - n.value) <= 0.5 * 10 ** -decimals + 1e-9;
    }
  };
  // In the order written: the change from the first figure to the second, relative to the first; and the smaller as
  // a share of the larger.
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      if (a.value === b.value || a.unit?.family !== b.unit?.family || (a.unit?.family === 'money' && !sameCurrency(a.unit.unit, b.unit!.unit))) continue;
      const small = Math.min(Math.abs(a.value), Math.abs(b.value));
      const large = Math.max(Math.abs(a.value), Math.abs(b.value));
      // "$117.2bn, compared with $123.9bn a year before": the second figure is where it started.
      const start = startingFigure(s.tokens, b) ? b : a;
      if ((change && fits((Math.abs(b.value - a.value) / Math.abs(start.value)) * 100)) || fits((small / large) * 100)) return true;
    }
  }
  return false;
}

/** The figure a change started from, worked back from where it ended and by how much: "about 311,000 in the first
 *  quarter of 2022" from "422,875 …, up 36% from a year earlier". To two significant digits, or "about" it. */
export function baseOfChange(s: IndexedSentence, n: NumberClaim): boolean {
  if (n.hedge && n.hedge !== 'about') return false;
  if (n.unit && n.unit.family !== 'count' && n.unit.family !== 'money') return false;
  const changes = s.numbers.filter(x => x.unit?.family === 'percent' && !x.fraction && !x.hedge && x.value > 0 && x.value < 1000);
  if (changes.length === 0) return false;
  const figures = s.numbers.filter(x => !x.hedge && x.unit?.family === n.unit?.family && (n.unit?.family !== 'money' || sameCurrency(x.unit!.unit, n.unit!.unit)));
  for (const p of changes) {
    for (const f of figures) {
      for (const v of [f.value / (1 + p.value / 100), p.value < 100 ? f.value / (1 - p.value / 100) : NaN]) {
        if (!Number.isFinite(v)) continue;
        if (n.hedge === 'about' ? Math.abs(v - n.value) <= 0.02 * v : n.sig >= 2 && Math.abs(roundTo(v, n.sig) - n.value) < 1e-9) return true;
      }
    }
  }
  return false;
}

/** The figure is the earlier one of a comparison written the other way round: "compared with $123.9bn", "$123.9bn a
 *  year before", "fell to 4.5 … from 9.2". */
function startingFigure(tokens: Token[], x: NumberClaim): boolean {
  const before = tokens.slice(Math.max(0, x.tokenStart - 2), x.tokenStart).map(t => t.norm).join(' ');
  if (/(?:^| )(?:compared (?:with|to)|from|versus|vs)$/.test(before)) return true;
  const after = tokens.slice(x.tokenEnd, x.tokenEnd + 3).map(t => t.norm).join(' ');
  // ("£95m last year" only dates the figure: "from £120m in 2021 to £95m last year" started at £120m.)
  return /^(?:a year (?:earlier|before|ago)|the year before|the previous year)(?: |$)/.test(after);
}

/** A figure that may be a year read as a plain number ("2019 figures", "from 1969 to 1988"). */
function yearAsNumber(x: NumberClaim): boolean {
  return !x.unit && Number.isInteger(x.value) && x.value >= 1800 && x.value <= 2100;
}

/** A duration or age in years that is the difference of two years of a sentence: "served eight years" from 2010
 *  to 2018, "died at 60" born 1960 and died 2020 (an age may be one less: the birthday may not have come). */
function yearsBetween(s: AnalysedSentence, n: NumberClaim): boolean {
  const age = n.unit?.family === 'age';
  const years = age ? n.value : yearsOf(n);
  if (years === undefined || !Number.isInteger(years)) return false;
  const stated = new Set<number>();
  for (const d of s.dates) if (d.year !== undefined && !d.spanEnd) stated.add(d.year);
  for (const x of s.numbers) if (yearAsNumber(x)) stated.add(x.value);
  const list = [...stated];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const diff = Math.abs(list[i] - list[j]);
      if (diff === years || (age && diff - 1 === years)) return true;
    }
  }
  return false;
}

/** A year written as a number ("in 2019" counted as a quantity elsewhere) or a date part ("the 13th"). */
function yearOrDatePart(ctx: SentenceContext, n: NumberClaim): boolean {
  return Number.isInteger(n.value) && (!n.unit || n.unit.family === 'ordinal') && ctx.index.dates.some(d => d.claim.year === n.value || d.claim.day === n.value);
}

/** A lookup built from an index the first time it is asked for, and kept with that index. */
export function perIndex<T>(build: (index: SourceIndex) => T): (index: SourceIndex) => T {
  const built = new WeakMap<SourceIndex, T>();
  return index => {
    let value = built.get(index);
    if (value === undefined) built.set(index, (value = build(index)));
    return value;
  };
}

/** `items` by each key `keysOf` gives them (none: left out), in their order. */
function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  // Kept with the index: each list in an array of its size (one grown by push has room for 17).
  for (const [key, list] of map) if (list.length > 1) map.set(key, list.slice());
  return map;
}

type Sourced<T> = { claim: T; sentence: IndexedSentence };

/** The sources' numbers by value: a draft figure the sources state as written is found among them without scanning
 *  every number of the sources (those are scanned only when these disagree). */
const numbersByValue = perIndex(index => groupBy(index.numbers, s => [s.claim.value]));

export function numbersOfValue(index: SourceIndex, value: number): Array<Sourced<NumberClaim>> {
  return numbersByValue(index).get(value) ?? [];
}

/** The sources' numbers by the noun they count (its stem). */
const numbersByNoun = perIndex(index => groupBy(index.numbers, s => (s.claim.noun === undefined ? [] : [s.claim.noun])));

/** The sources' numbers that count a noun (by its stem). */
export function numbersCounting(index: SourceIndex, noun: string): Array<Sourced<NumberClaim>> {
  return numbersByNoun(index).get(noun) ?? [];
}

/** The sources' dates by the year and by the month they state, and those with a weekday and no day (which may
 *  stand for a full date under their document's dateline: see sourceDateMeets). A source date states every part of a
 *  draft date (datesAgree and coversParts), as written or as it implies, only if it states the same year (the same
 *  month) or is one of those weekdays: the scans below read these lists, not every date of the sources. */
interface DatesByPart {
  byYear: Map<number, Array<Sourced<DateClaim>>>;
  byMonth: Map<number, Array<Sourced<DateClaim>>>;
  weekdays: Array<Sourced<DateClaim>>;
}

const datesByPart = perIndex((index): DatesByPart => ({
  byYear: groupBy(index.dates, s => (s.claim.year === undefined ? [] : [s.claim.year])),
  byMonth: groupBy(index.dates, s => (s.claim.month === undefined ? [] : [s.claim.month])),
  weekdays: index.dates.filter(s => s.claim.weekday !== undefined && s.claim.day === undefined),
}));

/** The sources' dates that may state every part of `d` as written: those with its year, else its month; all of them
 *  for a date with neither. */
function datesWithParts(index: SourceIndex, d: Partial<DateClaim>): Array<Sourced<DateClaim>> {
  if (d.year !== undefined) return datesByPart(index).byYear.get(d.year) ?? [];
  if (d.month !== undefined) return datesByPart(index).byMonth.get(d.month) ?? [];
  return index.dates;
}

export function dateStatedInSources(ctx: SentenceContext, d: DateClaim): boolean {
  const docs = evidenceDocs(ctx);
  const meets = (s: Sourced<DateClaim>) => inEvidenceDocs(docs, s) && sourceDateMeets(s.sentence, s.claim, c => datesAgree(d, c) && coversParts(c, d));
  // A date implied (impliedForm) states the parts its source date does, or, for a weekday without a day, a full date.
  const some = d.year === undefined && d.month === undefined ? ctx.index.dates.some(meets) : datesWithParts(ctx.index, d).some(meets) || datesByPart(ctx.index).weekdays.some(meets);
  if (some) return true;
  // "opened in 2009" from "closed in 2019, ten years after it opened", in the evidence.
  if (quarterDated(ctx, d) || ctx.candidates.slice(0, 3).some(c => dateImplied(c.sentence, d))) return true;
  // Worked out from another date of the draft sentence, itself checked: "In July 2016, …; three months later, in
  // October, …".
  if (ctx.draft.dates.some(x => x !== d) && dateWorkedOut({ ...ctx.draft, dates: ctx.draft.dates.filter(x => x !== d) }, d)) return true;
  // "August 2022" from "17 August last year" and "December 2022": each part stated by some date of the sources.
  const parts: Array<Partial<DateClaim>> = [];
  if (d.month !== undefined || d.day !== undefined) parts.push({ month: d.month, day: d.day });
  if (d.year !== undefined) parts.push({ year: d.year });
  if (d.weekday !== undefined) parts.push({ weekday: d.weekday });
  if (parts.length > 1 && parts.every(p => datesWithParts(ctx.index, p).some(s => datesAgree({ ...d, year: undefined, month: undefined, day: undefined, weekday: undefined, ...p }, s.claim) && coversParts(s.claim, { ...d, year: undefined, month: undefined, day: undefined, weekday: undefined, ...p })))) return true;
  // "January 2022" from "in January last year" in a story dated 14 March 2023: the month or day as a source date
  // gives it, in a sentence whose relative year is the draft's.
  if (d.year !== undefined && (d.month !== undefined || d.day !== undefined)) {
    const dayOrMonth = { ...d, year: undefined, weekday: undefined };
    if (datesWithParts(ctx.index, dayOrMonth).some(s => s.claim.year === undefined && datesAgree(dayOrMonth, s.claim) && coversParts(s.claim, dayOrMonth) && yearsRelative(s.sentence).some(r => r.year === d.year))) return true;
  }
  // The end of a range a source gives: "to 2 May 2010" of "from 3 May 2008 to 2 May 2010".
  if (d.through === undefined && ctx.index.dates.some(s => s.claim.through !== undefined && rangeEndAgrees(s.claim, d))) return true;
  // A year may appear as a plain number in the source ("2019 figures").
  if (d.year !== undefined && d.month === undefined && d.day === undefined) return numbersOfValue(ctx.index, d.year).length > 0;
  return false;
}

/** The end of source range `r` is date `d`. */
function rangeEndAgrees(r: DateClaim, d: DateClaim): boolean {
  const end = rangeEnd(r);
  return datesAgree(d, end) && coversParts(end, d);
}

/** The last day of range `r`, with the parts it takes from the first: "7 March 2021" of "3 to 7 March 2021", "June
 *  2010" of "May to June 2010"; a year alone takes no month ("May 2009 to 2010" ends in 2010). */
function rangeEnd(r: DateClaim): DateClaim {
  const t = r.through!;
  return { ...r, through: undefined, weekday: undefined, year: t.year ?? r.year, month: t.month ?? (t.year === undefined ? r.month : undefined), day: t.day };
}

/** A year alone, a month alone or a day that a source sentence implies: a year it works out ("opened in 2009" from "closed
 *  in 2019, ten years after it opened") or names relative to its document's dateline ("last year" in a story dated
 *  14 March 2023), a month it works out ("December" from "in January from the previous month"), a day it works out
 *  ("March 31" from "on March 26 … five days later"), a weekday it works out ("Saturday" from "on Friday … the
 *  following day"). */
export function dateImplied(s: IndexedSentence, d: DateClaim): boolean {
  if (dateWorkedOut(s, d)) return true;
  // A sentence that puts its time from the one before it and states none of its own: "Their first title came in
  // 1981. Another followed two years later"; "In March 2018, a bomb killed 60. Three months later, …".
  const before = s.doc.sentences[s.id - s.doc.sentences[0].id - 1];
  if (before === undefined || before.dates.length === 0 || s.dates.length > 0) return false;
  // (The sentence as it is, with the dates of the one before: its claims are read lazily, through its prototype.)
  return dateWorkedOut(Object.create(s, { dates: { value: before.dates } }) as IndexedSentence, d);
}

function dateWorkedOut(s: AnalysedSentence | IndexedSentence, d: DateClaim): boolean {
  if (yearOnly(d)) return yearsWorkedOut(s).includes(d.year!) || ('doc' in s && yearsRelative(s).some(r => r.year === d.year));
  if (d.month !== undefined && d.day !== undefined && d.weekday === undefined && d.through === undefined) {
    return daysWorkedOut(s).some(x => x.month === d.month && x.day === d.day && (d.year === undefined || x.year === undefined || x.year === d.year));
  }
  if (weekdayOnly(d)) return weekdaysWorkedOut(s).includes(d.weekday!);
  return monthAlone(d) && monthsWorkedOut(s).some(x => x.month === d.month && (d.year === undefined || x.year === d.year));
}

/** A month alone that is someone's surname the sources give: "March's appendix" where they name Stephanie March. */
export function monthAsSurname(ctx: SentenceContext, d: DateClaim): boolean {
  if (!monthAlone(d) || d.year !== undefined || !MONTH_WRITTEN_AS_NAME.test(d.text)) return false;
  const after = ctx.draft.sentence.text.slice(d.end - ctx.draft.sentence.start, d.end - ctx.draft.sentence.start + 2);
  return /^['’]s/.test(after) && (namesByLastWord(ctx.index).get(d.text.toLowerCase()) ?? []).some(s => s.claim.words.length >= 2 && s.claim.type !== 'org');
}

/** A date that is a month, with or without its year ("in December", "in August 1971"). */
function monthAlone(d: DateClaim): boolean {
  return d.month !== undefined && d.day === undefined && d.weekday === undefined && d.through === undefined;
}

/** A date that is a weekday alone ("on Saturday"). */
function weekdayOnly(d: DateClaim): boolean {
  return d.weekday !== undefined && d.day === undefined && d.month === undefined && d.year === undefined && d.through === undefined;
}

/** The years a source sentence names relative to its document's dateline, with their words ("last year"). */
export function yearsRelative(s: IndexedSentence): Array<{ text: string; year: number }> {
  return relativeYears(s.sentence.text, datelineOfDoc(s.doc));
}

/** A source sentence's date passes `test` as written or as it implies (impliedDates.ts): with the weekday its full
 *  date implies, or the full date its weekday stands for under the document's dateline. */
export function sourceDateMeets(s: IndexedSentence, d: DateClaim, test: (d: DateClaim) => boolean): boolean {
  if (test(d)) return true;
  const implied = impliedForm(d, d.weekday !== undefined && d.day === undefined ? datelineOfDoc(s.doc) : undefined, s.sentence.text);
  return implied !== undefined && test(implied);
}

const datelines = new WeakMap<IndexedDoc, DateClaim | null>();

/** The date a source document is dated by, worked out once per document. */
function datelineOfDoc(doc: IndexedDoc): DateClaim | undefined {
  let d = datelines.get(doc);
  if (d === undefined) datelines.set(doc, (d = datelineOf(doc.sentences) ?? null));
  return d ?? undefined;
}

/** A year alone: "in 2009". */
export function yearOnly(d: DateClaim): boolean {
  return d.year !== undefined && d.month === undefined && d.day === undefined && d.weekday === undefined;
}

/** Every part the draft states is stated by the source date too (so "13 September" is not supported by "September"). */
function coversParts(source: DateClaim, draft: DateClaim): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).every(p => draft[p] === undefined || source[p] !== undefined);
}

/** A name of two words or more written in a source glued to the word before it, where a scraped page lost a line
 *  break: "Sunrisers HyderabadJos Buttler is with Mumbai IndiansSam Billings". */
function gluedInSources(index: SourceIndex, n: NameClaim): boolean {
  return n.words.length >= 2 && UPPER_FIRST.test(n.text) && index.docs.some(doc => gluedName(doc.text, n.text));
}

/** `text` writes `name` glued to the word before it or after it, as a scraper joins a caption or byline to the next
 *  line: after a lower-case letter or a run of capitals ("IndiansSam Billings", "10:05 GMTMartin Cole-Hart"), before
 *  a capitalised word ("Harbour Heritage TrustCouncillor Dan Reeve"; probe22, frank-bbc articles). */
export function gluedName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const gluedBefore = LOWER_ASCII.test(text[at - 1] ?? '') || (UPPER_ASCII.test(text[at - 1] ?? '') && UPPER_ASCII.test(text[at - 2] ?? ''));
    const gluedAfter = UPPER_ASCII.test(text[end] ?? '') && LOWER_ASCII.test(text[end + 1] ?? '');
    const freeBefore = !LETTER_OR_DIGIT.test(text[at - 1] ?? ' ');
    const freeAfter = !LETTER_OR_DIGIT.test(text[end] ?? ' ');
    if ((gluedBefore && (freeAfter || gluedAfter)) || (freeBefore && gluedAfter)) return true;
  }
  return false;
}
const LOWER_ASCII = /[a-z]/;
const UPPER_ASCII = /[A-Z]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word of a name is in the sources as written, without its dots, or as the same place in another form
 *  ("Siberia" / "Siberian", "Ukraine" / "Ukrainian"). */
function wordInSources(ctx: SentenceContext, w: string, asCountry = true): boolean {
  const { vocab, places } = ctx.index;
  if (vocab.has(w) || vocab.has(w.replace(/\./g, ''))) return true;
  // "sullivan" of a tokenised "o ' sullivan": the source's "O'Sullivan".
  if (vocab.has(`o'${w}`) || vocab.has(`d'${w}`)) return true;
  if (ABBREVIATIONS[w]?.some(a => vocab.has(a))) return true;
  const place = asCountry ? canonicalPlace(w) : undefined;
  if (place && places.has(place)) return true;
  if (w.length < 4) return false;
  if (NAME_ALIASES[w]?.some(a => vocab.has(a))) return true;
  // Transliterations of a Slavic "-sky": "Zelenskyy", "Zelensky", "Zelenskiy", "Zelenski".
  const slavic = /^(.{3,}sk)(?:yy|iy|y|i)$/.exec(w);
  if (slavic && ['y', 'yy', 'iy', 'i'].some(e => vocab.has(slavic[1] + e))) return true;
  // "Minnesotans", "Texans": the people of a place the sources name ("Minnesota men", "Texas").
  const one = w.length > 5 && /[^s]s$/.test(w) ? w.slice(0, -1) : w;
  const stem = one.replace(/(?:ian|ean|an|ese|ish|i|n|e|a)$/, '');
  for (const suffix of ['', 'n', 'an', 'ian', 'ean', 'ese', 'ish', 'i', 'e', 'a', 'ia']) if (stem.length >= 4 && vocab.has(stem + suffix)) return true;
  return one.endsWith('an') && stem.length >= 3 && vocab.has(`${stem}as`);
}

/** The name writes the word in capitals: "UN" of "UN Ambassador Samantha Power". */
/** `w` owns what follows it in the name: "NASA's James Webb Space Telescope". */
function ownerOf(text: string, w: string): boolean {
  const at = text.toLowerCase().indexOf(w);
  return at >= 0 && /^['’]s\b/.test(text.slice(at + w.length));
}

function writtenInCapitals(text: string, w: string): boolean {
  return w.length >= 2 && w.length <= 5 && text.split(NOT_LETTERS).includes(w.toUpperCase());
}
const NOT_LETTERS = /[^\p{L}]+/u;

/** Short forms of words in names: "Census Bureau HQ" for its headquarters. */
const ABBREVIATIONS: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  hq: ['headquarters'], govt: ['government'], dept: ['department'], univ: ['university'], intl: ['international'],
  assn: ['association'], corp: ['corporation'], bros: ['brothers'], mt: ['mount', 'mountain'], ft: ['fort'],
  // Party names: "the Liberal Democrats" for "the Lib Dems", and the other way.
  liberal: ['lib'], democrats: ['dems'], democrat: ['dem'], lib: ['liberal'], dems: ['democrats'], dem: ['democrat'],
});

/** The generic last word of an organisation's name: "Labour Party", "Arsenal FC", "Tesco plc" are the sources'
 *  "Labour", "Arsenal", "Tesco", and "the Conservative Party" their "Conservatives". */
const ORGANISATION_SUFFIX = new Set(['party', 'fc', 'plc', 'inc', 'ltd', 'group']);

/** The sources' full names with the draft name's surname and another first name, when none of them has the draft's
 *  first name: "Steve Sidwell" for the draft's "Jack Sidwell". Empty when the sources agree or say nothing. */
export function otherFirstNames(ctx: SentenceContext, n: NameClaim): Array<Sourced<NameClaim>> {
  if (!isGivenAndSurname(n)) return [];
  const full = fullNamesOf(ctx, n);
  return full.some(s => sameFirstName(s.claim.words[0], n.words[0])) ? [] : full;
}

/** The sources' first-name-and-surname names with the surname of the draft's (a first name and surname). */
function fullNamesOf(ctx: SentenceContext, n: NameClaim): Array<Sourced<NameClaim>> {
  return fullNamesBySurname(ctx.index).get(n.words[1]) ?? [];
}

/** The sources' first-name-and-surname names by surname. */
const fullNamesBySurname = perIndex(index => groupBy(index.names, s => (isGivenAndSurname(s.claim) ? [s.claim.words[1]] : [])));

/** A name of two words that reads as a first name and a surname: not a place or organisation, and not "Norfolk's
 *  Williamson" or "Perth-born Evans". */
function isGivenAndSurname(n: NameClaim): boolean {
  if (n.words.length !== 2 || n.type === 'place' || n.type === 'org' || n.place) return false;
  const first = n.text.split(/\s+/)[0];
  return !/['’]s$|-/.test(first) && !canonicalPlace(n.words[0]);
}

/** Every word of the name is a word of the sources, or the name is a country or demonym of one they name, a short
 *  form of one of their names, or an acronym of one of their names (or they use its acronym). */
export function nameStatedInSources(ctx: SentenceContext, n: NameClaim): boolean {
  const { vocab, places, acronyms } = ctx.index;
  if (n.code) return vocab.has(n.words[0]) || codeInSources(ctx.index, n.text) || descriptorInSources(ctx, n.text) || interstateInSources(ctx, n.text);
  if (n.place && places.has(n.place)) return true;
  // "the German capital" where the sources name Berlin.
  if (n.place && capitalsOf(n.place).some(city => city.every(w => vocab.has(w)))) return true;
  // A capital the draft means as the city ("in Moscow") is not stated by its country.
  const city = n.place !== undefined && CAPITALS.has(n.place);
  // ("UN Ambassador Samantha Power" for "Ambassador to the United Nations Samantha Power": an acronym of a source's
  // name written in capitals.)
  if (n.words.every(w => wordInSources(ctx, w, !city) || (acronyms.has(w) && writtenInCapitals(n.text, w)))) return true;
  if (namesThatMayCover(ctx.index, n).some(s => nameCoveredBy(n, s))) return true;
  // "Holyrood" where the sources say "the Scottish Parliament".
  if (seatAliases(n).some(other => (namesByLastWord(ctx.index).get(other.slice(other.lastIndexOf(' ') + 1)) ?? []).some(s => s.claim.words.join(' ') === other))) return true;
  // A first name and surname is stated by a source name with another form of that first name ("Stephen Sidwell" for
  // "Steve Sidwell"); a surname the sources use alone states no first name (see surnameOnly). A longer name is
  // stated by a source name within it, unless the sources give its surname another first name ("Jack Sidwell");
  // past a first name and surname, the source's name must lie within the draft's: "James Webb Space Telescope"
  // does not state "James Gunn Space Telescope".
  if (n.words.length >= 2 && n.type !== 'place' && n.type !== 'org') {
    const named = namesByLastWord(ctx.index).get(n.words[n.words.length - 1]);
    // An acronym the draft adds to a source's name within it is in the sources too: "SDLP MLA Phil Dunne" is not
    // stated by "Phil Dunne" where no source says SDLP (probe25, a frank-bbc report). (Other words added are roles,
    // descriptions, initials and owners, "Author JK Rowling", "Batsman Luke Wells", "NASA's James Webb Space
    // Telescope", left to the writer.)
    const stated = isGivenAndSurname(n)
      ? fullNamesOf(ctx, n).some(s => sameFirstName(s.claim.words[0], n.words[0]))
      : named?.some(s => s.claim.words.every(w => n.words.includes(w)) && n.words.every(w => s.claim.words.includes(w) || w.length < 3 || !writtenInCapitals(n.text, w) || ownerOf(n.text, w) || wordInSources(ctx, w)));
    if (stated && otherFirstNames(ctx, n).length === 0) return true;
  }
  if (personOfOrganisation(ctx, n)) return true;
  if (regionOfPlace(ctx, n)) return true;
  if (gluedInSources(ctx.index, n)) return true;
  // "USGS" for "the US Geological Survey", where the country stands apart from the name: the country and the rest.
  const country = COUNTRY_PREFIX.test(n.text) ? COUNTRY_ACRONYM.exec(n.text) : null;
  if (country && wordInSources(ctx, country[1].toLowerCase()) && nameStatedInSources(ctx, { ...n, text: country[2], words: [country[2].toLowerCase()], place: undefined })) return true;
  if (n.words.length >= 2 && ORGANISATION_SUFFIX.has(n.words[n.words.length - 1]) && n.words.slice(0, -1).every(w => wordInSources(ctx, w) || ctx.index.vocab.has(`${w}s`))) return true;
  const ac = acronym(n);
  if (ac && acronyms.has(ac)) return true;
  // "Police and Crime Commissioner (PCC)": the draft spells out an acronym the sources use.
  const after = ctx.draft.sentence.text.slice(n.end - ctx.draft.sentence.start);
  const spelt = OPENING_BRACKET.test(after) ? SPELT_ACRONYM.exec(after) : null;
  if (spelt && (vocab.has(spelt[1].toLowerCase()) || acronyms.has(spelt[1].toLowerCase())) && spelt[1].toLowerCase().endsWith(initials(n.words))) return true;
  if (n.words.length > 1 && vocab.has(initials(n.words))) return true;
  if (ac && acronymOfNameBefore(ctx, n, ac)) return true;
  // Three initials only as an acronym is written, in capitals: a lower-cased "dem" is spelt by "defending equal marriage".
  return ac !== undefined && (ac.length > 3 || THREE_CAPITALS.test(n.text)) && spelledOutInSources(ctx.index, ac);
}

/** "I-80" for the sources' "Interstate 80" (a US highway's short name). */
function interstateInSources(ctx: SentenceContext, code: string): boolean {
  const m = INTERSTATE.exec(code);
  return !!m && ctx.index.vocab.has('interstate') && (numbersOfValue(ctx.index, Number(m[1])).length > 0 || ctx.index.codeNumbers.has(Number(m[1])));
}
const INTERSTATE = /^I-(\d{1,3})$/;

/** An acronym the draft gives in brackets after the words it stands for, words the sources use: "Transport for
 *  Wales (TfW)", "the Office for National Statistics (ONS)". The words are read back from the bracket, one per
 *  letter, a small word ("for", "of") skipped where its letter is not the acronym's. */
function acronymOfNameBefore(ctx: SentenceContext, n: NameClaim, ac: string): boolean {
  const text = ctx.draft.sentence.text;
  const at = n.start - ctx.draft.sentence.start;
  const open = /\(\s*$/.exec(text.slice(0, at));
  if (!open || !/^\s*\)/.test(text.slice(n.end - ctx.draft.sentence.start))) return false;
  const words = text.slice(Math.max(0, open.index - 120), open.index).split(/[\s-]+/).filter(w => w.length > 0);
  let k = ac.length - 1;
  const spelt: string[] = [];
  for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
    const w = words[i].replace(/[^\p{L}\p{N}]/gu, '');
    if (w.length === 0) return false;
    if (w[0].toLowerCase() === ac[k]) {
      spelt.push(w.toLowerCase());
      k--;
    } else if (!SMALL_NAME_WORDS.has(w.toLowerCase())) return false;
  }
  return k < 0 && spelt.every(w => wordInSources(ctx, w));
}
const SMALL_NAME_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', '&']);

/** An acronym of three to six letters whose words a source writes out, with "of", "and", "for", "the" or "on"
 *  between them or not: "SPAC" for "a special purpose acquisition company", "GDP" for "Gross domestic product", "DPP"
 *  for "Director of Public Prosecutions" (a run of capitalised words that goes on into a person's name, so is not in
 *  `acronyms`). Words of three letters or more (four for three initials), so that common short words do not spell
 *  one by chance. */
function spelledOutInSources(index: SourceIndex, ac: string): boolean {
  if (!/^[a-z]{3,6}$/.test(ac)) return false;
  // A scan of every source text: kept per index, as a sentence is checked again at every edit.
  const known = spelledOut(index);
  let found = known.get(ac);
  if (found === undefined) {
    // In lower case after the first word ("gross domestic product"), or every word capitalised with a short word
    // between or not ("Director of Public Prosecutions"): "Space Telescope captured the image" spells no "STCI".
    // Three initials ask for longer words, which spell one less often by chance.
    const rest = ac.length === 3 ? '[a-z]{3,}' : '[a-z]{2,}';
    const lower = [...ac].map((c, k) => `${k === 0 ? `[${c}${c.toUpperCase()}]` : c}${rest}`).join('[ -]');
    const title = [...ac].map(c => `${c.toUpperCase()}${rest}`).join('[ -](?:(?:of|and|for|the|on)[ -])?');
    const re = new RegExp(`(?<![A-Za-z])(?:${lower}|${title})(?![a-z])`);
    found = index.docs.some(d => re.test(d.text));
    known.set(ac, found);
  }
  return found;
}
const spelledOut = perIndex(() => new Map<string, boolean>());

/** One name of the sources covers both: "the Commission" and "the EC" are both "the European Commission". */
export function oneNameForBoth(ctx: SentenceContext, a: NameClaim, b: NameClaim): boolean {
  return namesThatMayCover(ctx.index, a).some(s => nameCoveredBy(a, s) && nameCoveredBy(b, s));
}

/** The compass point a region's adjective names: "Southern England" is England's south. */
const REGION_ADJECTIVES: Record<string, string> = { northern: 'north', southern: 'south', eastern: 'east', western: 'west', central: 'central' };

/** "Southern England" where the sources name England and say "the south": a region of a place they name, when the
 *  region is no place of its own ("Northern Ireland" is in the places list and stays a name of its own). */
function regionOfPlace(ctx: SentenceContext, n: NameClaim): boolean {
  const point = REGION_ADJECTIVES[n.words[0]];
  if (!point || n.words.length < 2 || n.place !== undefined) return false;
  const rest = n.words.slice(1).join(' ');
  const place = canonicalPlace(rest);
  if (!place || !ctx.index.places.has(place)) return false;
  return wordInSources(ctx, point) || wordInSources(ctx, n.words[0]);
}

/** "Jane Smith of UCL": a first name and surname the sources give, "of" an organisation or place they name (in
 *  any form: "UCL" for "University College London"), read as one name run. */
function personOfOrganisation(ctx: SentenceContext, n: NameClaim): boolean {
  // (The word count first: the expression is not run, nor compiled, for the names it cannot match.)
  if (n.words.length < 3) return false;
  const m = PERSON_OF.exec(n.text);
  if (!m) return false;
  const person: NameClaim = { ...n, text: m[1], words: n.words.slice(0, 2), type: 'person', place: undefined };
  const rest: NameClaim = { ...n, text: m[2], words: n.words.slice(2), type: 'unknown', place: undefined, initial: false };
  return fullNamesOf(ctx, person).some(s => sameFirstName(s.claim.words[0], person.words[0])) && nameStatedInSources(ctx, rest);
}

/** The sources' names other than places by their last word (a surname, mostly). */
const namesByLastWord = perIndex(index =>
  groupBy(index.names, ({ claim }) => (claim.type === 'place' || claim.words.length === 0 ? [] : [claim.words[claim.words.length - 1]])),
);

/**
 * "Jeremy Clarkson" where the sources only ever say "Clarkson" (or "Mr Clarkson"): their mentions of the surname,
 * when the draft gives it a first name they never use. A first name from memory is the commonest way a summary
 * names the wrong person ("Philip Salmond" for the article's "Mr Salmond"; README, Accuracy). Empty when the draft
 * name is no first name and surname, or the sources give the surname a first name of their own (the same one states
 * it, another is a name-mismatch: otherFirstNames).
 */
export function surnameOnly(ctx: SentenceContext, n: NameClaim): Array<Sourced<NameClaim>> {
  if (!isGivenAndSurname(n) || wordInSources(ctx, n.words[0]) || fullNamesOf(ctx, n).length > 0) return [];
  // The surname alone: "Pandora's Cluster" is no surname that "Coma Cluster" gives a first name.
  return (namesByLastWord(ctx.index).get(n.words[1]) ?? []).filter(s => s.claim.words.length === 1);
}

/** The sources' names looked up by word, by letters, by initials and by acronym: every name that nameCoveredBy could
 *  accept for a draft name shares one of these keys with it, so a check does not scan every name of the sources. */
interface NameKeys {
  byKey: Map<string, NameClaim[]>;
  places: NameClaim[];
}

function keysOf(n: NameClaim, own: boolean): string[] {
  const keys = [`c:${compact(n.text)}`, `i:${initials(n.words)}`];
  // "BOJ" for "Bank of Japan": the source name's initials with its particles.
  if (own && n.words.length > 1) {
    const written = writtenInitials(n);
    if (written !== initials(n.words)) keys.push(`i:${written}`);
  }
  if (own) for (const w of n.words) keys.push(`w:${w}`);
  else if (n.words.length > 0) keys.push(`w:${n.words[0]}`);
  // A clipped first word ("Fed" for "Federal Reserve"): keyed by its first letters.
  if (n.words.length > 0 && n.words[0].length >= MIN_CLIPPED && (own ? n.words.length >= 2 : n.words.length === 1)) keys.push(`p:${n.words[0].slice(0, MIN_CLIPPED)}`);
  const ac = acronym(n);
  if (ac) keys.push(own ? `a:${ac}` : `i:${ac}`);
  if (!own && n.words.length > 1) keys.push(`a:${initials(n.words)}`);
  // An acronym spelt out with more than initials ("STScI"), or of the name after its owner ("JWST" for "NASA's James
  // Webb Space Telescope"): keyed by the first and last letters.
  if (own && n.words.length > 1) {
    const owned = ownedWords(n);
    keys.push(`e:${owned[0][0]}${owned[owned.length - 1][0]}`);
  } else if (!own && ac) keys.push(`e:${ac[0]}${ac[ac.length - 1]}`);
  return keys;
}

/** The sources' names by key. */
function nameKeysOf(index: SourceIndex): NameKeys {
  return nameKeysBuild(index).finish();
}

/** nameKeysOf built a number of names at a time (lookupSteps): the names in order, as groupBy takes them, so the
 *  lookup is the same however many steps it took. */
class NameKeysBuild {
  private readonly claims: NameClaim[];
  private readonly byKey = new Map<string, NameClaim[]>();
  private next = 0;
  private built: NameKeys | undefined;

  constructor(index: SourceIndex) {
    this.claims = index.names.map(s => s.claim);
  }

  /** Keys the next `count` names; true once every name is keyed and the lookup is built. */
  advance(count: number): boolean {
    if (this.built) return true;
    const { claims, byKey } = this;
    const end = Math.min(claims.length, this.next + count);
    for (; this.next < end; this.next++) {
      const claim = claims[this.next];
      for (const key of keysOf(claim, true)) {
        const list = byKey.get(key);
        if (list) list.push(claim);
        else byKey.set(key, [claim]);
      }
    }
    if (this.next < claims.length) return false;
    // As groupBy keeps them: each list in an array of its size.
    for (const [key, list] of byKey) if (list.length > 1) byKey.set(key, list.slice());
    this.built = { byKey, places: claims.filter(claim => claim.place) };
    return true;
  }

  finish(): NameKeys {
    this.advance(Infinity);
    return this.built!;
  }
}
const nameKeysBuild = perIndex(index => new NameKeysBuild(index));

function namesThatMayCover(index: SourceIndex, n: NameClaim): NameClaim[] {
  const k = nameKeysOf(index);
  const out = new Set<NameClaim>(n.place ? k.places : []);
  for (const key of keysOf(n, false)) for (const c of k.byKey.get(key) ?? []) out.add(c);
  return [...out];
}

/**
 * The ages the sources give a person, as `agesOfPeople` reads them, with the sentence giving each; read from the
 * sentences that use the person's surname. `same` says the mention is this person's for certain: the same first
 * name, or a surname alone where the sources know one first name for it at most. Other mentions of the surname are
 * kept with `same` false when they may still be this person's: a surname alone where the sources know several first
 * names, or a mention opening its sentence with another first word, which may be an ordinary word ("Married Adeli,
 * 32,"). A mention with another first name inside a sentence ("David Gaver" for the draft's "Enoch Gaver") is left
 * out.
 */
export function agesInSources(ctx: SentenceContext, person: NameClaim): Array<{ age: PersonAge; sentence: IndexedSentence; same: boolean }> {
  const surname = person.words[person.words.length - 1];
  const first = person.words.length >= 2 ? person.words[0] : undefined;
  const firsts = [...new Set((fullNamesBySurname(ctx.index).get(surname) ?? []).filter(s => !opensSentence(s.claim, s.sentence)).map(s => s.claim.words[0]))];
  const surnameAlone = firsts.length === 0 || (firsts.length === 1 && (first === undefined || sameFirstName(first, firsts[0])));
  const out: Array<{ age: PersonAge; sentence: IndexedSentence; same: boolean }> = [];
  for (const hit of ctx.index.bm25.search([stem(surname)], 200)) {
    const sentence = ctx.index.sentences[hit.id];
    for (const age of agesOfPeople(sentence)) {
      const w = age.person.words;
      if (w[w.length - 1] !== surname) continue;
      if (w.length < 2) out.push({ age, sentence, same: surnameAlone });
      else if (first !== undefined && sameFirstName(first, w[0])) out.push({ age, sentence, same: true });
      else if (first === undefined) out.push({ age, sentence, same: firsts.length === 1 });
      else if (opensSentence(age.person, sentence)) out.push({ age, sentence, same: false });
    }
  }
  return out;
}

/** "magnitude-7.8" where a source says "a magnitude of 7.8": the word and the figure both in the sources. */
function descriptorInSources(ctx: SentenceContext, code: string): boolean {
  const parts = descriptorParts(code);
  return !!parts && ctx.index.vocab.has(parts.word) && ctx.index.vocab.has(parts.figure);
}

const codesSeen = new WeakMap<SourceIndex, Map<string, boolean>>();

/** The code is written in a source, with its hyphens and spaces anywhere ("top 10" for "top-10"); looked up once per
 *  index and code, as it reads the sources' text. */
function codeInSources(index: SourceIndex, code: string): boolean {
  let seen = codesSeen.get(index);
  if (!seen) codesSeen.set(index, (seen = new Map()));
  const key = code.toLowerCase();
  let found = seen.get(key);
  if (found === undefined) {
    const pattern = codePattern(code);
    // A letter and a figure may shorten a capitalised word and the figure: "F1" for "Formula 1".
    const short = LETTER_AND_FIGURE.exec(code);
    const spelt = short ? new RegExp(`\\b${short[1]}\\p{Ll}{2,}[ -]${short[2]}\\b`, 'u') : undefined;
    found = index.docs.some(d => pattern.test(d.text) || (spelt !== undefined && spelt.test(d.text)));
    seen.set(key, found);
  }
  return found;
}

/** Builds the lookups these checks make of an index on first use (names by key, surname and last word; numbers by
 *  value and counted noun; the fuzzy name list), so that a server can build them while it is idle rather than in
 *  the first check that needs them. The answers are the same either way. */
export function prepareLookups(index: SourceIndex): void {
  for (const step of lookupSteps(index)) while (!step());
}

/** How many source sentences one step of lookupSteps reads the claims of, and how many source names one keys
 *  (a few milliseconds each here). */
const CLAIMS_PER_STEP = 50;
const NAMES_PER_STEP = 100;

/**
 * prepareLookups as steps of a few milliseconds each, to run one at a time between other work: a step returns true
 * when it is done, else it is called again. A server runs one step per turn of its event loop, so that an edit
 * arriving meanwhile is checked after one step rather than after the whole preparation (about 150 ms after the
 * first check of a 5,000-word draft against 100,000 words of sources, 1 s or more when that check read no
 * whole-source list). Each lookup is built on first use whatever is prepared yet, and is the same either way.
 */
export function lookupSteps(index: SourceIndex): Array<() => boolean> {
  const once = (build: () => void) => () => (build(), true);
  return [
    () => index.readClaims(CLAIMS_PER_STEP),
    once(() => numbersOfValue(index, 0)),
    once(() => numbersCounting(index, '')),
    once(() => fullNamesBySurname(index)),
    once(() => namesByLastWord(index)),
    () => nameKeysBuild(index).advance(NAMES_PER_STEP),
    once(() => index.fuzzyNames().prepare()),
  ];
}
