// Times of day ("2am", "3 a.m.", "10.33pm", "14:05", "03:00 BST", "15.48 local time", "noon", "midnight"), as
// minutes after midnight: as claims of a sentence (extractTimes, which rules/timeMismatch.ts checks), as every
// reading a source's words allow (statedReadings), and for spans the draft worked out between two of them ("about
// four hours" from 2am to 6am, minutesBetweenTimes). numbers.ts reads none of these as quantities (clockWordsAt).
import type { Token } from './tokens';

export interface TimeClaim {
  kind: 'time';
  start: number;
  end: number;
  /** As written, with the zone word after it ("03:00 BST", "3.25pm"). */
  text: string;
  /** Minutes after midnight, 0 to 1439. */
  minutes: number;
  /** Written without am/pm on a 12-hour clock ("at 3:25"): it may be `minutes` or twelve hours on. */
  halfDay: boolean;
  /** The zone word after it, lower case ("gmt" for GMT and UTC, "bst", "local"), if any. */
  zone?: string;
  /** Approximate: "around 3am", "shortly after 2am", "midnight" (a time given as noon or midnight is often rounded). */
  hedge: boolean;
  /** A bound, not the time something happened: "before 3am", "by 17:00", "until 6pm", "as late as 03:25". */
  bound: boolean;
}

const CLOCK_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midday|midnight)\b/gi;

/** The times of day in `text`, in the order written, as minutes after midnight (a 24-hour "14:05" with no cue
 *  too: for the spans between them, any reading will do). */
export function timesOfDay(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CLOCK_TIME)) {
    if (m[6]) {
      out.push(m[6].toLowerCase() === 'midnight' ? 0 : 12 * 60);
    } else if (m[3]) {
      const hour = Number(m[1]);
      const minute = m[2] ? Number(m[2]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) continue;
      out.push(((hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)) * 60 + minute);
    } else {
      out.push(Number(m[4]) * 60 + Number(m[5]));
    }
  }
  return out;
}

/** The minutes from each earlier time of `text` to each later one, in the order written; a later time that is
 *  earlier in the day is on the next day ("10.33pm … 12.55am" is 142 minutes). */
export function minutesBetweenTimes(text: string): number[] {
  const times = timesOfDay(text);
  const out: number[] = [];
  for (let i = 0; i < times.length; i++) {
    for (let j = i + 1; j < times.length; j++) {
      const span = (times[j] - times[i] + 24 * 60) % (24 * 60);
      if (span > 0) out.push(span);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Times of day as claims.

/** A zone word right after a time: "GMT", "(BST)", "local time", "UTC". "hrs" marks a 24-hour time, no zone. */
const ZONE_AFTER = /^\s*\(?(GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|EST|EDT|ET|CST|CDT|PST|PDT|PT|local time|hrs)\b\)?/i;
/** A clock written on a 24-hour or 12-hour dial: "14:05", "9:30", "15.48", "1548", then am/pm or a zone. Some
 *  sources come tokenized, lower case: "21 : 56 local time - lrb - 01 : 56 gmt - rrb -". */
const CLOCK_CLAIM = /\b(\d{1,2})(?:([.:]| : )(\d{2}))?\s*([ap])(?:\.\s?m\b\.?|\s?m\b)|\b(\d{1,2})([.:]| : )(\d{2})\b|\b([01]\d|2[0-3])([0-5]\d)\b|\b(noon|midday|midnight)\b/gi;
/** Words right before a time that say a time of day follows: "at 15.48", "by 17:00", "around 03:00". */
const TIME_BEFORE = /\b(at|around|about|approximately|approx\.?|roughly|circa|c\.|nearly|almost|before|after|by|until|till|til|since|from|between|and|to|past|than|as late as|as early as)\s*\(?$/i;
const HEDGE_BEFORE = /\b(around|about|approximately|approx\.?|roughly|circa|c\.|nearly|almost|shortly|just|soon|some time|sometime)\s+(?:(?:before|after)\s+)?(?:at\s+)?$/i;
const BOUND_BEFORE = /\b(before|after|by|until|till|til|since|from|between|to|and|past|than|as late as|as early as|up to)\s+(?:(?:around|about|approximately|roughly)\s+)?$/i;

/** The times of day a sentence states, as claims. A clock without am/pm needs a cue that it is a time: a zone word
 *  after it ("03:00 BST", "15.48 local time", "1548 GMT", "18:00 hrs"), or for "14:05" a word before it ("at", "by",
 *  "around"). A dotted "15.48" or a colon "2:05" with no cue may be a decimal, odds, a race ("the 2.30 at
 *  Kempton") or a running time, and "at 3" says no half of the day: none of these is read. */
export function extractTimes(text: string, base: number): TimeClaim[] {
  const out: TimeClaim[] = [];
  for (const m of text.matchAll(CLOCK_CLAIM)) {
    const at = m.index!;
    let end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 24), at);
    const prev = text[at - 1] ?? ' ';
    // Part of a longer figure: "2:05:30", "1.15.48", "£15.48", "1,530", "24/7" (a range "10:00-16:00" is two times).
    if (/[\d.:,$£€¥/]/.test(prev)) continue;
    if (/^[.:,]\d/.test(text.slice(end, end + 2))) continue;
    let minutes: number;
    let halfDay = false;
    if (m[10]) {
      const word = m[10].toLowerCase();
      // "Midnight Oil", "Noon" as a name: written with a capital inside the sentence.
      if (/^[A-Z]/.test(m[10]) && /\S/.test(text.slice(0, at)) && !/[.!?:"“]\s*$/.test(text.slice(0, at))) continue;
      minutes = word === 'midnight' ? 0 : 12 * 60;
    } else if (m[4]) {
      const hour = Number(m[1]);
      const minute = m[3] ? Number(m[3]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) continue;
      minutes = ((hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0)) * 60 + minute;
    } else {
      const hour = Number(m[5] ?? m[8]);
      const minute = Number(m[7] ?? m[9]);
      if (hour > 23 || minute > 59) continue;
      const zone = ZONE_AFTER.exec(text.slice(end));
      const dotted = m[6] === '.';
      const fourDigits = m[8] !== undefined;
      // A dotted or four-digit clock only with a zone word after it; a colon one with a zone or a time word before.
      if ((dotted || fourDigits) && !zone) continue;
      if (!zone && !TIME_BEFORE.test(before)) continue;
      // "at 3:25" with no am/pm: 3:25 or 15:25. A leading zero ("03:00"), an hour past 12 or a zone word ("10:05
      // GMT", as British papers write the time) is a 24-hour clock.
      halfDay = !zone && hour >= 1 && hour <= 12 && !/^0/.test(m[5] ?? m[8]);
      minutes = hour * 60 + minute;
    }
    const zoneMatch = ZONE_AFTER.exec(text.slice(end));
    let zone: string | undefined;
    if (zoneMatch) {
      const z = zoneMatch[1].toLowerCase();
      if (z !== 'hrs') zone = z === 'utc' ? 'gmt' : z === 'local time' ? 'local' : z;
      end += zoneMatch[0].length;
      // "(BST)": keep the closing bracket only with its opening one.
      if (zoneMatch[0].endsWith(')') && !zoneMatch[0].includes('(')) end--;
    }
    const written = text.slice(at, end);
    out.push({
      kind: 'time',
      start: base + at,
      end: base + end,
      text: written,
      minutes,
      halfDay,
      zone,
      hedge: !!m[10] || HEDGE_BEFORE.test(before),
      bound: BOUND_BEFORE.test(before),
    });
  }
  return out;
}

/** Minutes apart on the clock face, the shorter way round (23:50 and 00:10 are 20 minutes apart). */
export function minutesApart(a: number, b: number): number {
  const d = Math.abs(a - b) % (24 * 60);
  return Math.min(d, 24 * 60 - d);
}

/** How far a hedged time ("around 3am") may be from the one the source gives. */
export const HEDGE_MINUTES = 30;

/** The draft's time and a source's are the same time of day: equal (either twelve hours on where one gives no
 *  half of the day), or within HEDGE_MINUTES where the draft's is approximate. */
export function timesAgree(draft: TimeClaim, source: { minutes: number; halfDay: boolean }): boolean {
  const slack = draft.hedge ? HEDGE_MINUTES : 0;
  if (minutesApart(draft.minutes, source.minutes) <= slack) return true;
  if (draft.halfDay || source.halfDay) return minutesApart(draft.minutes, source.minutes + 12 * 60) <= slack;
  return false;
}

/** Two times are of the same kind, one standing for the other: in the same zone, or one gives none. */
export function comparableTimes(a: TimeClaim, b: TimeClaim): boolean {
  return !a.zone || !b.zone || a.zone === b.zone;
}

/** Every time of day a source sentence's words may mean, as claims read more loosely than extractTimes: any
 *  "3.25" or "15:48" (with a cue or not), "1548 GMT", "three o'clock", "half past three". A draft time none of these
 *  meets is stated nowhere. */
export function statedReadings(text: string): Array<{ minutes: number; halfDay: boolean; zone?: string }> {
  const claims = extractTimes(text, 0);
  const out: Array<{ minutes: number; halfDay: boolean; zone?: string }> = claims.map(t => ({ minutes: t.minutes, halfDay: t.halfDay, zone: t.zone }));
  const read = (at: number) => claims.some(t => t.start <= at && at < t.end);
  for (const m of text.matchAll(LOOSE_CLOCK)) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59 || read(m.index!)) continue;
    out.push({ minutes: hour * 60 + minute, halfDay: hour >= 1 && hour <= 12 && !m[1].startsWith('0') });
  }
  for (const m of text.matchAll(SPOKEN_TIME)) {
    const hour = HOUR_WORDS[(m[2] ?? m[3]).toLowerCase()] ?? Number(m[2] ?? m[3]);
    if (!(hour >= 0 && hour <= 23) || read(m.index!)) continue;
    const part = (m[1] ?? '').toLowerCase();
    const minute = part === 'half past' ? 30 : part === 'quarter past' ? 15 : part === 'quarter to' ? -15 : 0;
    out.push({ minutes: (hour * 60 + minute + 24 * 60) % (24 * 60), halfDay: hour <= 12 });
  }
  // "3 in the morning", "at 3, police said": an hour with no half of the day.
  for (const m of text.matchAll(BARE_HOUR)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const hour = HOUR_WORDS[word] ?? Number(word);
    if (!(hour >= 1 && hour <= 12) || read(m.index!)) continue;
    out.push({ minutes: hour * 60, halfDay: true });
  }
  return out;
}
const LOOSE_CLOCK = /(?<![\d.:])(\d{1,2})(?:[.:]| : )(\d{2})(?![\d:])/g;
const HOUR = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const SPOKEN_TIME = new RegExp(`\\b(?:(half past|quarter past|quarter to)\\s+${HOUR}\\b|${HOUR}\\s*o['’]?clock\\b)`, 'gi');
const BARE_HOUR = new RegExp(`(?:\\b(?:at|by|until|till|from|before|after|around|about|between)\\s+${HOUR}(?=\\s*(?:$|[,;)]|\\.(?!\\d)|and\\b|or\\b|on\\b|when\\b|in the\\b|at night\\b|tonight\\b|this\\b|that\\b|[-–]))|\\b${HOUR}(?=\\s+(?:in the (?:morning|afternoon|evening)|at night)\\b))`, 'gi');
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Words at token `i` that make the figure before them a time of day, which numbers.ts then does not read as a
 *  quantity: "a.m."/"p.m." (tokenized "a." "m."), and "local time" after a clock ("11.27 local time"). `figure`
 *  is the figure's text. */
export function clockWordsAt(tokens: Token[], i: number, figure: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if ((t.norm === 'a.' || t.norm === 'p.') && tokens[i + 1]?.norm === 'm.' && tokens[i + 1].start === t.end) return true;
  return t.norm === 'local' && tokens[i + 1]?.norm === 'time' && /^(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?$/.test(figure);
}
