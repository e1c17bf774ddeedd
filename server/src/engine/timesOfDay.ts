// Times of day a sentence gives ("2am", "10.33pm", "14:05", "noon", "midnight"), as minutes after midnight, so that a
// span the draft worked out between two of them ("about four hours" from 2am to 6am) reads as stated. numbers.ts
// reads none of these as quantities.

const CLOCK_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midday|midnight)\b/gi;

/** The times of day in `text`, in the order written, as minutes after midnight. */
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
