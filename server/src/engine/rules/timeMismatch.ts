// Times of day, checked as figures are: a time where the aligned evidence sentence gives another is a
// number-mismatch ("03:00 BST" where the source says "02:00 BST", "3.25pm" for "03:25 GMT"), one that no source
// states in any form an unsupported-number. Times in two zones are not compared ("16:42 local time" for "15:42
// GMT": no zone arithmetic), and a hedged time ("around 3am", "shortly after midnight") agrees within HEDGE_MINUTES.
import { fusedWithClaim, inFlaggedQuote, substituted, supportingSentences, type SentenceContext } from '../context';
import type { NumberClaim } from '../numbers';
import type { IndexedSentence, SourceIndex } from '../sourceIndex';
import { comparableTimes, extractTimes, minutesApart, statedReadings, timesAgree, type TimeClaim } from '../timesOfDay';

export function timeMismatch(ctx: SentenceContext): void {
  const { text, start } = ctx.draft.sentence;
  for (const n of ctx.draft.numbers) if (dottedTimeStated(ctx, n)) ctx.flagged.add(n);
  const draftTimes = extractTimes(text, start);
  if (draftTimes.length === 0) return;
  const best = ctx.candidates[0];
  for (const t of draftTimes) {
    // Inside a quotation quote-mismatch flagged: its finding already says what the source says there.
    if (inFlaggedQuote(ctx, t)) continue;
    const stated = timeStatedInSources(ctx.index, t);
    let expected: TimeClaim | undefined;
    if (best && !timesOf(best.sentence).some(e => comparableTimes(t, e) && timesAgree(t, e))) {
      expected = substituted(ctx, t, s => timesOf(s), draftTimes, comparableTimes, timesAgree);
      if (expected && fusedWithClaim(ctx, t, s => timesOf(s).some(e => timesAgree(t, e)))) expected = undefined;
      if (!expected && !stated && best.coverage >= 0.6) {
        // Stated nowhere, and the evidence gives exactly one time in its place that the draft lacks.
        const same = timesOf(best.sentence).filter(e => comparableTimes(t, e) && !draftTimes.some(d => timesAgree(d, e)));
        if (same.length === 1) expected = same[0];
      }
    }
    if (!expected && stated) continue;
    // The time's zone word ("BST") is reported with it, not again as a name no source mentions.
    ctx.flagged.add(t);
    for (const n of ctx.draft.names) if (t.start <= n.start && n.end <= t.end) ctx.flagged.add(n);
    if (expected) {
      ctx.findings.push({
        rule: 'number-mismatch',
        span: { start: t.start, end: t.end },
        message: `Time "${t.text}" here; the source says "${expected.text}".`,
        expected: expected.text,
        evidence: [best.sentence],
      });
    } else {
      ctx.findings.push({
        rule: 'unsupported-number',
        span: { start: t.start, end: t.end },
        message: `The time "${t.text}" is not stated in any source.`,
        evidence: supportingSentences(ctx, 0.5),
      });
    }
  }
}

/** The times of day a source sentence states, as claims. */
function timesOf(s: IndexedSentence): TimeClaim[] {
  let times = SENTENCE_TIMES.get(s);
  if (!times) SENTENCE_TIMES.set(s, (times = extractTimes(s.sentence.text, s.sentence.start)));
  return times;
}
const SENTENCE_TIMES = new WeakMap<IndexedSentence, TimeClaim[]>();

interface Reading {
  minutes: number;
  halfDay: boolean;
  zone?: string;
  /** The zones of every time its sentence gives ('' for a time with none). */
  zones: Set<string>;
}

/** Some source states the time in some form: "03:00" for "3am", "half past three" for "15:30", "about 3am" for
 *  "3am". A time in another zone with the same minutes past the hour is the same time put in the draft's zone (no zone
 *  arithmetic is done), unless that source sentence gives a time in another zone or none too: "14:20 local time
 *  (12:20 GMT)" states no 13:20 GMT, and "15:48 (14:48 GMT)" no 16:48 local time. */
export function timeStatedInSources(index: SourceIndex, t: TimeClaim): boolean {
  return readingsOf(index).some(r => {
    if (timesAgree(t, r) || (t.bound && minutesApart(t.minutes, r.minutes) <= 30)) return true;
    return !!t.zone && !!r.zone && t.zone !== r.zone && r.zones.size === 1 && (t.minutes - r.minutes) % 60 === 0;
  });
}

function readingsOf(index: SourceIndex): Reading[] {
  let readings = READINGS.get(index);
  if (readings) return readings;
  readings = [];
  for (const s of index.sentences) {
    const found = statedReadings(s.sentence.text);
    if (found.length === 0) continue;
    const zones = new Set<string>();
    for (const r of found) zones.add(r.zone ?? '');
    for (const r of found) readings.push({ ...r, zones });
  }
  READINGS.set(index, readings);
  return readings;
}
const READINGS = new WeakMap<SourceIndex, Reading[]>();

/** A dotted figure after a time word ("at 15.48", "by 2.30") that the sources give as a time of day ("15:48",
 *  "2.30pm"): a time, not the decimal numbers.ts reads. */
function dottedTimeStated(ctx: SentenceContext, n: NumberClaim): boolean {
  if (n.unit || n.words) return false;
  const m = /^(\d{1,2})\.(\d{2})$/.exec(n.text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return false;
  const { text, start } = ctx.draft.sentence;
  if (!/\b(?:at|around|about|by|until|till|from|before|after|between|and|to)\s+$/i.test(text.slice(Math.max(0, n.start - start - 12), n.start - start))) return false;
  const hour = Number(m[1]);
  const t: TimeClaim = { kind: 'time', start: n.start, end: n.end, text: n.text, minutes: hour * 60 + Number(m[2]), halfDay: hour >= 1 && hour <= 12, hedge: false, bound: false };
  return readingsOf(ctx.index).some(r => timesAgree(t, r));
}
