// Whether a claim is stated anywhere in the sources, in any form: the checks the unsupported-* rules and the
// mismatch rules share.
import type { SentenceContext } from '../context';
import { datesAgree, type DateClaim } from '../dates';
import { acronym, compact, initials, nameCoveredBy, sameFirstName, type NameClaim } from '../names';
import type { IndexedSentence, SourceIndex } from '../sourceIndex';
import { numbersAgree, type NumberClaim } from '../numbers';
import { canonicalPlace } from '../places';

/** The quantity appears in a source, or is the sum or difference of two quantities of the same evidence. */
export function numberStatedInSources(ctx: SentenceContext, n: NumberClaim): boolean {
  if (numbersOfValue(ctx.index, n.value).some(s => numbersAgree(n, s.claim)) || ctx.index.numbers.some(s => numbersAgree(n, s.claim))) return true;
  if (!n.unit && !n.hedge && ctx.index.codeNumbers.has(n.value)) return true;
  // Arithmetic the draft did itself: two numbers of the supporting sentences added or subtracted.
  const nums = ctx.candidates.slice(0, 3).flatMap(c => c.sentence.numbers).filter(s => !s.unit || !n.unit || s.unit.family === n.unit.family);
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      const a = nums[i].value;
      const b = nums[j].value;
      if (Math.abs(a + b - n.value) < 1e-9 || Math.abs(Math.abs(a - b) - n.value) < 1e-9) return true;
    }
  }
  // A year written as a number ("in 2019" counted as a quantity elsewhere) or a date part ("the 13th").
  if (Number.isInteger(n.value) && (!n.unit || n.unit.family === 'ordinal') && ctx.index.dates.some(d => d.claim.year === n.value || d.claim.day === n.value)) return true;
  return false;
}

const byValue = new WeakMap<SourceIndex, Map<number, Array<{ claim: NumberClaim; sentence: IndexedSentence }>>>();

/** The sources' numbers of one value, looked up once per index: a draft figure the sources state as written is
 *  found among them without scanning every number of the sources (those are scanned only when these disagree). */
function numbersOfValue(index: SourceIndex, value: number): Array<{ claim: NumberClaim; sentence: IndexedSentence }> {
  let map = byValue.get(index);
  if (!map) {
    map = new Map();
    for (const s of index.numbers) {
      let list = map.get(s.claim.value);
      if (!list) map.set(s.claim.value, (list = []));
      list.push(s);
    }
    byValue.set(index, map);
  }
  return map.get(value) ?? [];
}

const counting = new WeakMap<SourceIndex, Map<string, Array<{ claim: NumberClaim; sentence: IndexedSentence }>>>();

/** The sources' numbers that count a noun (by its stem), looked up once per index. */
export function numbersCounting(index: SourceIndex, noun: string): Array<{ claim: NumberClaim; sentence: IndexedSentence }> {
  let byNoun = counting.get(index);
  if (!byNoun) {
    byNoun = new Map();
    for (const s of index.numbers) {
      const stem = s.claim.noun;
      if (stem === undefined) continue;
      let list = byNoun.get(stem);
      if (!list) byNoun.set(stem, (list = []));
      list.push(s);
    }
    counting.set(index, byNoun);
  }
  return byNoun.get(noun) ?? [];
}

export function dateStatedInSources(ctx: SentenceContext, d: DateClaim): boolean {
  if (ctx.index.dates.some(s => datesAgree(d, s.claim) && coversParts(s.claim, d))) return true;
  // "August 2022" from "17 August last year" and "December 2022": each part stated by some date of the sources.
  const parts: Array<Partial<DateClaim>> = [];
  if (d.month !== undefined || d.day !== undefined) parts.push({ month: d.month, day: d.day });
  if (d.year !== undefined) parts.push({ year: d.year });
  if (d.weekday !== undefined) parts.push({ weekday: d.weekday });
  if (parts.length > 1 && parts.every(p => ctx.index.dates.some(s => datesAgree({ ...d, year: undefined, month: undefined, day: undefined, weekday: undefined, ...p }, s.claim) && coversParts(s.claim, { ...d, year: undefined, month: undefined, day: undefined, weekday: undefined, ...p })))) return true;
  // A year may appear as a plain number in the source ("2019 figures").
  if (d.year !== undefined && d.month === undefined && d.day === undefined) return ctx.index.numbers.some(s => s.claim.value === d.year);
  return false;
}

/** Every part the draft states is stated by the source date too (so "13 September" is not supported by "September"). */
function coversParts(source: DateClaim, draft: DateClaim): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).every(p => draft[p] === undefined || source[p] !== undefined);
}

/** Every word of the name is a word of the sources, or the name is a country or demonym of one they name, or an
 *  acronym of one of their names (or they use its acronym). */
/** A word of a name is in the sources as written, without its dots, or as the same place in another form
 *  ("Siberia" / "Siberian", "Ukraine" / "Ukrainian"). */
function wordInSources(ctx: SentenceContext, w: string): boolean {
  const { vocab, places } = ctx.index;
  if (vocab.has(w) || vocab.has(w.replace(/\./g, ''))) return true;
  const place = canonicalPlace(w);
  if (place && places.has(place)) return true;
  if (w.length < 4) return false;
  const stem = w.replace(/(?:ian|ean|an|ese|ish|i|n|e|a)$/, '');
  for (const suffix of ['', 'n', 'an', 'ian', 'ean', 'ese', 'ish', 'i', 'e', 'a', 'ia']) if (stem.length >= 4 && vocab.has(stem + suffix)) return true;
  return false;
}

/** The sources' full names with the draft name's surname and another first name, when none of them has the draft's
 *  first name: "Steve Sidwell" for the draft's "Jack Sidwell". Empty when the sources agree or say nothing. */
export function otherFirstNames(ctx: SentenceContext, n: NameClaim): Array<{ claim: NameClaim; sentence: IndexedSentence }> {
  if (!isGivenAndSurname(n)) return [];
  const full = fullNamesBySurname(ctx.index).get(n.words[1]) ?? [];
  return full.some(s => sameFirstName(s.claim.words[0], n.words[0])) ? [] : full;
}

const bySurname = new WeakMap<SourceIndex, Map<string, Array<{ claim: NameClaim; sentence: IndexedSentence }>>>();

/** The sources' first-name-and-surname names by surname, looked up once per index. */
function fullNamesBySurname(index: SourceIndex): Map<string, Array<{ claim: NameClaim; sentence: IndexedSentence }>> {
  let map = bySurname.get(index);
  if (!map) {
    map = new Map();
    for (const s of index.names) {
      if (!isGivenAndSurname(s.claim)) continue;
      let list = map.get(s.claim.words[1]);
      if (!list) map.set(s.claim.words[1], (list = []));
      list.push(s);
    }
    bySurname.set(index, map);
  }
  return map;
}

/** A name of two words that reads as a first name and a surname: not a place or organisation, and not "Norfolk's
 *  Williamson" or "Perth-born Evans". */
function isGivenAndSurname(n: NameClaim): boolean {
  if (n.words.length !== 2 || n.type === 'place' || n.type === 'org' || n.place) return false;
  const first = n.text.split(/\s+/)[0];
  return !/['’]s$|-/.test(first) && !canonicalPlace(n.words[0]);
}

export function nameStatedInSources(ctx: SentenceContext, n: NameClaim): boolean {
  const { vocab, places, acronyms } = ctx.index;
  if (n.place && places.has(n.place)) return true;
  if (n.words.every(w => wordInSources(ctx, w))) return true;
  if (namesThatMayCover(ctx.index, n).some(s => nameCoveredBy(n, s))) return true;
  // "Tony Abbott" where the source says "Mr Abbott": a surname the source uses as a name, with a first name added;
  // unless the sources give that surname a first name of their own and it is another one ("Jack Sidwell" where the
  // source says "Steve Sidwell").
  if (n.words.length >= 2 && n.type !== 'place' && n.type !== 'org') {
    const last = n.words[n.words.length - 1];
    if (lastWordsOf(ctx.index).has(last) && otherFirstNames(ctx, n).length === 0) return true;
  }
  const ac = acronym(n);
  if (ac && acronyms.has(ac)) return true;
  // "Police and Crime Commissioner (PCC)": the draft spells out an acronym the sources use.
  const spelt = /^\s*\((\p{Lu}{2,6})\)/u.exec(ctx.draft.sentence.text.slice(n.end - ctx.draft.sentence.start));
  if (spelt && (vocab.has(spelt[1].toLowerCase()) || acronyms.has(spelt[1].toLowerCase())) && spelt[1].toLowerCase().endsWith(initials(n.words))) return true;
  if (n.words.length > 1 && vocab.has(initials(n.words))) return true;
  return false;
}

const lastWords = new WeakMap<SourceIndex, Set<string>>();

/** The last words of the sources' names other than places (surnames, mostly). */
function lastWordsOf(index: SourceIndex): Set<string> {
  let set = lastWords.get(index);
  if (!set) {
    set = new Set();
    for (const { claim } of index.names) if (claim.type !== 'place' && claim.words.length > 0) set.add(claim.words[claim.words.length - 1]);
    lastWords.set(index, set);
  }
  return set;
}

/** The sources' names looked up by word, by letters, by initials and by acronym: every name that nameCoveredBy could
 *  accept for a draft name shares one of these keys with it, so a check does not scan every name of the sources. */
interface NameKeys {
  byKey: Map<string, NameClaim[]>;
  places: NameClaim[];
}

const nameKeys = new WeakMap<SourceIndex, NameKeys>();

function keysOf(n: NameClaim, own: boolean): string[] {
  const keys = [`c:${compact(n.text)}`, `i:${initials(n.words)}`];
  if (own) for (const w of n.words) keys.push(`w:${w}`);
  else if (n.words.length > 0) keys.push(`w:${n.words[0]}`);
  const ac = acronym(n);
  if (ac) keys.push(own ? `a:${ac}` : `i:${ac}`);
  if (!own && n.words.length > 1) keys.push(`a:${initials(n.words)}`);
  return keys;
}

function namesThatMayCover(index: SourceIndex, n: NameClaim): NameClaim[] {
  let k = nameKeys.get(index);
  if (!k) {
    k = { byKey: new Map(), places: [] };
    for (const { claim } of index.names) {
      if (claim.place) k.places.push(claim);
      for (const key of keysOf(claim, true)) {
        let list = k.byKey.get(key);
        if (!list) k.byKey.set(key, (list = []));
        list.push(claim);
      }
    }
    nameKeys.set(index, k);
  }
  const out = new Set<NameClaim>(n.place ? k.places : []);
  for (const key of keysOf(n, false)) for (const c of k.byKey.get(key) ?? []) out.add(c);
  return [...out];
}
