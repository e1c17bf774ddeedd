// Names of people, places and organisations: capitalised word runs (with particles, hyphens and titles), typed
// where the words tell (titles → person, country tables → place, "Ministry"/"Council" → organisation), and the
// tests that decide when two names refer to the same thing (surname only, titles, demonyms, acronyms).
import { isEnglishWord } from './lowercaseNames';
import { CAPITALS, canonicalPlace } from './places';
import { STOPWORDS, type Token } from './tokens';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const ANY_LETTER = /\p{L}/u;
const NOT_UPPER_G = /[^\p{Lu}]/gu;
const NOT_LETTER_G = /[^\p{L}]/gu;
const ONE_LETTER = /^\p{L}\.?$/u;
const HYPHEN_BEFORE_LETTER = /-(?=\p{L})/u;
const ANY_HYPHEN_BEFORE_LETTER = /[-‐‑](?=\p{L})/u;
const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}{2,}$/u;
const LETTER_FIRST = /^\p{L}/u;
const ACRONYM_UPPER = /^\p{Lu}{2,6}$/u;
const ACRONYM_MIXED = /^(?:\p{Lu}\p{Ll}?){1,3}\p{Lu}$/u;
const ACRONYM_LOWER = /^\p{Ll}{2,5}$/u;
const POSSESSIVE_G = /['’]s(?!\p{Ll})/gu;
const POSSESSIVE_END = /['’]s$/u;
const NOT_LETTER_OR_NUMBER_G = /[^\p{L}\p{N}]/gu;

export type NameType = 'person' | 'place' | 'org' | 'unknown';

export interface NameClaim {
  kind: 'name';
  start: number;
  end: number;
  text: string;
  /** Lower-cased words of the name without titles or particles: ["kim", "jong", "un"]. */
  words: string[];
  type: NameType;
  /** Canonical place when the name is a country, region or demonym ("russian" → "russia"). */
  place?: string;
  /** The name is a single capitalised word at the start of a sentence, so it may be an ordinary word. */
  initial: boolean;
  /** An identifier of letters and digits ("SARS-CoV-2", "M1"), from codes.ts. */
  code?: boolean;
  tokenStart: number;
  tokenEnd: number;
}

const TITLES = new Set(
  ('mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister chancellor secretary senator sen rep ' +
    'representative governor gov mayor judge justice king queen prince princess pope rev reverend father bishop archbishop ' +
    'gen general lt lieutenant col colonel maj major capt captain cmdr commander adm admiral sgt sergeant officer det detective ' +
    'chief inspector supt superintendent pc coach manager ambassador foreign defence defense interior finance health navy army ' +
    'boss leader premier speaker chairman chairwoman chair ceo director spokesman spokeswoman spokesperson deputy minister').split(' '),
);

/** A title or role word written before a name ("secretary", "judge", "mr"). */
export function isTitleWord(norm: string): boolean {
  return TITLES.has(norm);
}
const PERSON_TITLES = new Set('mr mrs ms miss dr prof sir dame lord lady sen rep gov rev gen lt col maj capt cmdr adm sgt det supt pc'.split(' '));
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'di', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'of', 'the', 'y']);
const ORG_WORDS = new Set(
  ('ministry committee council party university college school bank corporation corp inc ltd plc llc agency department association ' +
    'union organisation organization commission institute court police service services company group club fc league office ' +
    'foundation trust society board authority parliament assembly congress senate government army navy force forces command ' +
    'hospital airlines airways network news times post journal church federation fund programme program cosmodrome ' +
    'regiment battalion brigade corps division squadron fleet centre center campaign alliance coalition motors electric').split(' '),
);
/** Capitalised words that start sentences or headlines without being names. */
const COMMON_CAPS = new Set(
  ('i a an the this that these those there here it its he she they we you his her their our my your what when where why how ' +
    'who which while after before during since until as at in on by for from to of with without about above over under but and or ' +
    'nor so yet if then than because although though however meanwhile also still even just only now today yesterday tomorrow ' +
    'last next first second third more most many some several all both each every no not one two three four five six seven ' +
    'eight nine ten some such other another many few fewer less least officials police people speaking according despite following amid under ' +
    'mp mps msp msps mep meps am ams tv gp gps ceo ceos pm dj djs mc pr hr it uk-wide ' +
    'earlier later once ms mr mrs dr sir monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december please yes thanks thank well oh former ex late then current ' +
    'unk celsius fahrenheit usd gbp eur jpy cny inr aud cad chf phd ph.d. ph.d mba msc bsc dphil mphil ' +
    "i'm i've i'd i'll i’m i’ve i’d i’ll").split(' '),
);

/** Verbs that open a sentence as a request ("See Powell's remarks", "Ask Apple"), not as a first name. Words that are
 *  first names too ("Mark", "Will", "Grant") are left out. */
const IMPERATIVES = new Set(
  'see ask read thank meet call tell let join watch listen visit contact follow email check note compare consider imagine remember take give send try'.split(' '),
);

/** Words ending in -ing or -ed that open names ("Reading Festival", "Sterling Bank"). */
const NAMES_LIKE_VERBS = new Set(['reading', 'sterling', 'wedding', 'spring', 'king', 'ring', 'red', 'ted', 'ned', 'fred']);

/** A verb in -ing or -ed opening the sentence before a name: "Replacing Trident means…", "Proposed Clinton salary"
 *  (not "Reading FC", whose last word names an organisation). */
function openingVerb(tokens: Token[], s: number, j: number): boolean {
  const w = tokens[s].norm;
  return j - s >= 2 && /^[a-z]{3,}(?:ing|ed)$/.test(w) && !NAMES_LIKE_VERBS.has(w) && !ORG_WORDS.has(tokens[j - 1].norm) && isEnglishWord(w) && !canonicalPlace(w);
}

/** Words that make an adjective of a name after a hyphen ("Soviet-style", "Perth-born", "US-led"). */
export const ADJECTIVE_SUFFIX = new Set(
  'style styled inspired based born bred led backed owned run made built funded controlled held occupied allied friendly era type like themed sized speaking educated trained registered listed linked powered engined designed sponsored brokered headquartered bound'.split(' '),
);

/** Months that are also names ("Theresa May", "Brian June", "Stephanie March"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august', 'march']);

/** What the name tests need of a token's letters, worked out once per word written. */
interface Letters {
  /** Holds a letter. */
  letter: boolean;
  /** UTF-16 length of its upper-case letters, and of all its letters. */
  upper: number;
  all: number;
}

const LETTERS_KEPT = 100_000;
const lettersMemo = new Map<string, Letters>();

/** Scratch result of lettersOf for words in ASCII, counted on the spot (cheaper than the memo's lookup). */
const asciiLetters: Letters = { letter: false, upper: 0, all: 0 };

/** What the name tests need of a word's letters. The result may be a shared scratch object: read it at once. */
function lettersOf(text: string): Letters {
  let upper = 0;
  let all = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 65 && c <= 90) {
      upper++;
      all++;
    } else if (c >= 97 && c <= 122) all++;
  }
  if (i === text.length) {
    asciiLetters.letter = all > 0;
    asciiLetters.upper = upper;
    asciiLetters.all = all;
    return asciiLetters;
  }
  let l = lettersMemo.get(text);
  if (!l) {
    if (lettersMemo.size >= LETTERS_KEPT) lettersMemo.clear();
    l = { letter: ANY_LETTER.test(text), upper: text.replace(NOT_UPPER_G, '').length, all: text.replace(NOT_LETTER_G, '').length };
    lettersMemo.set(text, l);
  }
  return l;
}

function isCapWord(t: Token): boolean {
  // A capitalised token starts with an upper-case letter, so it has a letter.
  return t.cap && !t.num;
}

const NOT_FUNCTION_WORDS = new Set(['i', 'us', 'may', 'will', 'new']);

/** True for a sentence written in title case or capitals (a headline), where capitals say nothing about names:
 *  function words capitalised inside it ("Kim Promises To Support Russia"), or nearly all letters upper-case. */
export function isTitleCase(tokens: Token[]): boolean {
  // The words (tokens without digits, with a letter); the share of their letters that are upper-case; whether
  // one after the first is a capitalised function word; how many of the long ones (over 3 characters) are capitalised.
  let words = 0;
  let upper = 0;
  let letters = 0;
  let capitalisedFunctionWord = false;
  let long = 0;
  let longCap = 0;
  for (const t of tokens) {
    if (t.num) continue;
    const l = lettersOf(t.text);
    if (!l.letter) continue;
    words++;
    upper += l.upper;
    letters += l.all;
    if (words > 1 && !capitalisedFunctionWord && t.cap && STOPWORDS.has(t.norm) && t.norm.length >= 2 && !NOT_FUNCTION_WORDS.has(t.norm)) capitalisedFunctionWord = true;
    if (t.text.length > 3) {
      long++;
      if (t.cap) longCap++;
    }
  }
  if (words < 3) return false;
  if (upper / letters > 0.75) return true;
  return capitalisedFunctionWord && longCap / Math.max(1, long) >= 0.6;
}

/** Extracts the names of one sentence from its tokens. */
export function extractNames(text: string, base: number, tokens: Token[]): NameClaim[] {
  const out: NameClaim[] = [];
  if (isTitleCase(tokens)) return out;
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i])) {
      i++;
      continue;
    }
    // A run of capitalised words, allowing particles between them ("Bank of England", "Ludwig van Beethoven").
    let j = i + 1;
    while (j < tokens.length) {
      if (isCapWord(tokens[j]) && tokens[j].start - tokens[j - 1].end <= 2) {
        const gap = text.slice(tokens[j - 1].end - base, tokens[j].start - base);
        if (!/[,;:()"“”!?]/.test(gap) && (!gap.includes('.') || TITLES.has(tokens[j - 1].norm))) {
          j++;
          continue;
        }
      }
      // A particle joins capitalised words ("Bank of England"), but not after a sentence's first word alone, which
      // may be an ordinary word ("Fans of Man Utd").
      // "for" after an organisation's word too: "Institute for Fiscal Studies", "Department for Education".
      if ((PARTICLES.has(tokens[j].norm) || (tokens[j].norm === 'for' && ORG_WORDS.has(tokens[j - 1].norm))) && !tokens[j].cap && !(i === 0 && j === 1) && j + 1 < tokens.length && isCapWord(tokens[j + 1]) && tokens[j].start - tokens[j - 1].end <= 1 && tokens[j + 1].start - tokens[j].end <= 1) {
        j += 2;
        continue;
      }
      break;
    }
    // "Russian President Vladimir Putin": a country or demonym in front of a person is a name of its own.
    let runStart = i;
    // (An organisation keeps it: "the Australian National University", also before "Ph.D.", which emit drops.)
    let last = j - 1;
    while (last > i && COMMON_CAPS.has(tokens[last].norm)) last--;
    if (!ORG_WORDS.has(tokens[last].norm)) {
      for (let k = Math.min(4, j - i - 1); k >= 1; k--) {
        if (canonicalPlace(tokens.slice(i, i + k).map(t => t.norm).join(' '))) {
          emit(out, text, base, tokens, i, i + k, i);
          runStart = i + k;
          break;
        }
      }
    }
    emit(out, text, base, tokens, runStart, j, i);
    i = j;
  }
  return out;
}

const COMPASS = new Set(['east', 'west', 'north', 'south']);
/** Prepositions that open a sentence before a place ("Near Lyon, the bridge …", "Across Manchester"), unless the
 *  run is a place of its own ("Near East"). (probe20: "Near Lyon" was flagged whole.) */
const OPENING_PREPOSITIONS = new Set(['near', 'across', 'outside', 'inside', 'around', 'beyond', 'behind', 'throughout', 'towards', 'toward', 'beside', 'amid', 'along', 'opposite']);

function openingPreposition(tokens: Token[], s: number, j: number): boolean {
  return OPENING_PREPOSITIONS.has(tokens[s].norm) && s + 1 < j && !COMPASS.has(tokens[s + 1].norm) && !canonicalPlace(tokens.slice(s, j).map(t => t.norm).join(' '));
}

function emit(out: NameClaim[], text: string, base: number, tokens: Token[], i: number, j: number, runStart: number): void {
  let s = i;
  // Drop ordinary words a sentence starts with ("The", "In", "Speaking") and titles in front ("President Putin").
  let hadTitle = false;
  while (s < j && (COMMON_CAPS.has(tokens[s].norm) || STOPWORDS.has(tokens[s].norm) || TITLES.has(tokens[s].norm) || (s === 0 && (IMPERATIVES.has(tokens[s].norm) || openingVerb(tokens, s, j) || openingPreposition(tokens, s, j))))) {
    // "New" opens names ("New Zealand", "New York Times") when a capitalised word follows it.
    if (tokens[s].norm === 'new' && s + 1 < j) break;
    // A title before an organisation's word names it: "General Motors", "General Assembly".
    if (TITLES.has(tokens[s].norm) && s + 1 < j && ORG_WORDS.has(tokens[s + 1].norm)) break;
    if (TITLES.has(tokens[s].norm)) hadTitle = hadTitle || PERSON_TITLES.has(tokens[s].norm) || s > runStart || tokens[s].norm === 'president';
    s++;
  }
  // Months and weekdays are dates, not names: cut them off the end of the run, unless the run is a person's name
  // that ends in one ("Theresa May").
  let e = j;
  while (e > s && COMMON_CAPS.has(tokens[e - 1].norm) && !(e - 1 > s && MONTH_SURNAMES.has(tokens[e - 1].norm) && !tokens[e]?.num)) e--;
  while (e > s && PARTICLES.has(tokens[e - 1].norm)) e--;
  if (e <= s) return;
  const first = tokens[s];
  const last = tokens[e - 1];
  // A lone letter is no name: "40°C", "Mr X", a list's "A." (a name of letters has two: "UK", "J.K.").
  if (e - s === 1 && ONE_LETTER.test(first.text)) return;
  const words: string[] = [];
  let joined = '';
  for (let k = s; k < e; k++) {
    const norm = tokens[k].norm;
    joined = k === s ? norm : `${joined} ${norm}`;
    if (PARTICLES.has(norm)) continue;
    // A person's title after an owner's possessive is no word of the name: "Labour's Ms Powell" (probe21).
    if (k > s && PERSON_TITLES.has(norm) && POSSESSIVE_END.test(tokens[k - 1].text)) {
      hadTitle = true;
      continue;
    }
    if (!norm.includes('-')) words.push(norm);
    else {
      // "Soviet-style", "Perth-born", "US-led": a lower-case part after the hyphen makes an adjective of the name;
      // the name is the capitalised part ("Al-Qaeda", "Lim Soo-suk" keep theirs: their first part is not alone).
      const parts = norm.split(HYPHEN_BEFORE_LETTER);
      const written = tokens[k].text.split(ANY_HYPHEN_BEFORE_LETTER);
      const adjective = parts.length === 2 && written.length === 2 && UPPER_FIRST.test(written[0]) && ADJECTIVE_SUFFIX.has(parts[1]);
      for (const w of adjective ? parts.slice(0, 1) : parts) if (w.length > 0) words.push(w);
    }
  }
  const raw = text.slice(first.start - base, last.end - base);
  let place = canonicalPlace(joined);
  // "in Moscow", "the Moscow embassy": the city itself, not Russia (as in "Moscow said").
  if (place && CAPITALS.has(joined) && s > 0 && CITY_BEFORE.has(tokens[s - 1].norm)) place = joined;
  let type: NameType = 'unknown';
  if (place) type = 'place';
  else if (ORG_WORDS.has(tokens[e - 1].norm) || ORG_WORDS.has(tokens[s].norm) || ALL_UPPER.test(raw.replace(/\./g, ''))) type = 'org';
  else if (hadTitle) type = 'person';
  out.push({ kind: 'name', start: first.start, end: last.end, text: raw, words, type, place, initial: s === 0 && e - s === 1, tokenStart: s, tokenEnd: e });
}

/** `short` is `long` word for word, some words written as the initials of two or more of long's: "northampton town
 *  fc" for "northampton town football club". At least one word must be written out in both. */
function initialsFor(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  let j = 0;
  let same = 0;
  for (const w of short) {
    if (long[j] === w) {
      j++;
      same++;
      continue;
    }
    if (w.length < 2 || w.length > 4 || j + w.length > long.length) return false;
    for (let k = 0; k < w.length; k++) if (long[j + k][0] !== w[k]) return false;
    j += w.length;
  }
  return j === long.length && same > 0;
}

/** Initials of a multi-word name ("united nations" → "un"), for matching acronyms. */
export function initials(words: string[]): string {
  return words.filter(w => !PARTICLES.has(w) && w !== 'for').map(w => w[0]).join('');
}

/** The initials of every word of a name as written, its particles too: "boj" for "Bank of Japan" (where
 *  `initials` gives "bj", as "FBI" leaves out the "of" of "Federal Bureau of Investigation"). */
export function writtenInitials(n: NameClaim): string {
  return n.text.split(/\s+/).filter(w => LETTER_FIRST.test(w)).map(w => w[0].toLowerCase()).join('');
}

/** The acronym form of a single-word name ("U.N." → "un", "NATO" → "nato"), or undefined when it is not one. */
export function acronym(n: NameClaim): string | undefined {
  let a = acronymMemo.get(n.text);
  if (a === undefined) {
    if (acronymMemo.size >= COMPACT_KEPT) acronymMemo.clear();
    const compact = n.text.replace(/[.\s]/g, '');
    // A short name found in lower-case text (capitalised text never gives one) may be an acronym written small: "tsa".
    // Mixed case too, a capital for each word: "MoD" (Ministry of Defence), "DfE".
    a = ACRONYM_UPPER.test(compact) || ACRONYM_MIXED.test(compact) ? compact.toLowerCase() : ACRONYM_LOWER.test(compact) ? compact : '';
    acronymMemo.set(n.text, a);
  }
  return a === '' ? undefined : a;
}

/** Per name text, its acronym form or '' (worked out once: names are compared with many others). */
const acronymMemo = new Map<string, string>();

/** The words before a capital that make it the city: a place preposition or an article ("looking to Moscow for
 *  support", "aid from Washington" mean the country, so not "to" or "from"). */
const CITY_BEFORE = new Set(['in', 'at', 'near', 'outside', 'into', 'around', 'across', 'via', 'the']);

/** True when two names can refer to the same person, place or organisation: one's words contain the other's
 *  ("Kim" / "Kim Jong Un", "Mr Kim"), the same country or demonym ("Russian" / "Russia"), or an acronym of the other. */
export function namesAgree(a: NameClaim, b: NameClaim): boolean {
  return nameCoveredBy(a, b) || nameCoveredBy(b, a);
}

/** Other names of one party, by word: "the Tories" are the Conservatives, a "Tory government" a Conservative one. */
export const NAME_ALIASES: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  tory: ['tories', 'conservative', 'conservatives'], tories: ['tory', 'conservative', 'conservatives'],
  conservative: ['tory', 'tories', 'conservatives'], conservatives: ['tory', 'tories', 'conservative'],
  // A city's adjective for the city ("the Rome side" / "the Roman outfit"); kept out of places.ts, which would also
  // hide these names from the lower-case name checks.
  ...cityForms('rome roman romans', 'paris parisian parisians', 'london londoner londoners', 'milan milanese', 'naples neapolitan', 'venice venetian', 'florence florentine', 'glasgow glaswegian glaswegians', 'manchester mancunian mancunians', 'liverpool liverpudlian liverpudlians'),
});

/** Seats of power named for the institution they house, each group one party: "the Holyrood elections" are the
 *  Scottish Parliament's (probe25, an xsumfaith report). Whole names, as their words are. */
const SEATS = groupsOf([
  ['holyrood', 'scottish parliament'],
  ['stormont', 'northern ireland assembly', 'ni assembly'],
  ['senedd', 'welsh assembly', 'welsh parliament', 'national assembly for wales'],
  ['capitol hill', 'congress', 'us congress'],
  ['downing street', 'number 10', 'no 10'],
  ['pentagon', 'defense department', 'department of defense'],
  ['foggy bottom', 'state department'],
  ['elysee', 'élysée', 'elysee palace', 'élysée palace'],
]);

/** The other names of the seat or institution `n` names ("scottish parliament" for Holyrood), or none. */
export function seatAliases(n: NameClaim): string[] {
  return SEATS.get(n.words.join(' ')) ?? [];
}

/** Each name of a group for the others, keyed by its words joined with spaces. */
function groupsOf(groups: string[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) for (const name of g) out.set(name, g.filter(x => x !== name));
  return out;
}

/** NAME_ALIASES as a Map, for the lookup of every word of names compared (see fractions.ts). */
const ALIASES = new Map<string, string[]>(Object.entries(NAME_ALIASES));

/** Each of a city's forms names the others. */
function cityForms(...lists: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const list of lists) {
    const forms = list.split(' ');
    for (const f of forms) out[f] = forms.filter(x => x !== f);
  }
  return out;
}

/** `short` names what `full` names, in a shorter or other form: its words are among full's ("Kim" / "Kim Jong Un"),
 *  another name of the party (NAME_ALIASES), the same place, the same letters spaced otherwise, word-by-word short
 *  forms, or an acronym. */
export function nameCoveredBy(short: NameClaim, full: NameClaim): boolean {
  const a = short;
  const b = full;
  if (a.place && b.place) return a.place === b.place || b.place.includes(a.place);
  if (SEATS.get(a.words.join(' '))?.includes(b.words.join(' '))) return true;
  // A plural names the members: "the Greens" / "the Green Party".
  if (a.words.every(w => b.words.includes(w) || ALIASES.get(w)?.some(x => b.words.includes(x)) || (w.length > 3 && w.endsWith('s') && b.words.includes(w.slice(0, -1))))) return true;
  // The same letters spaced or punctuated otherwise ("Villa'sFA Cup" / "Villa's FA Cup", "Al-Qaeda" / "al Qaeda").
  if (compact(a.text) === compact(b.text)) return true;
  // Short forms word by word: "Man Utd" / "Manchester United", "Hibs" / "Hibernian".
  if (a.words.length === b.words.length && a.words.every((w, i) => abbreviates(w, b.words[i]))) return true;
  // Some words by their initials: "Northampton Town FC" / "Northampton Town Football Club" (probe20).
  if (initialsFor(a.words, b.words) || initialsFor(b.words, a.words)) return true;
  // A clipped first word for the whole name: "the Fed" / "Federal Reserve", "the Met" / "Metropolitan Police".
  if (clippedFrom(a, b)) return true;
  const aa = acronym(a);
  const ba = acronym(b);
  if (aa && b.words.length > 1 && (initials(b.words) === aa || writtenInitials(b) === aa || spellsOut(aa, ownedWords(b)))) return true;
  if (ba && a.words.length > 1 && (initials(a.words) === ba || writtenInitials(a) === ba || spellsOut(ba, ownedWords(a)))) return true;
  return false;
}

/** The words of a name after an owner's possessive ("James Webb Space Telescope" of "NASA's James Webb Space
 *  Telescope"), or all its words. */
export function ownedWords(n: NameClaim): string[] {
  return n.words.length > 2 && /^\S+['’]s\s/u.test(n.text) ? n.words.slice(1) : n.words;
}

/** An acronym that takes the first letters of each word, one to three of them, particles optional: "STScI" for
 *  "Space Telescope Science Institute", "JWST" for "James Webb Space Telescope", "NASA" for "National Aeronautics and
 *  Space Administration". */
export function spellsOut(ac: string, words: string[]): boolean {
  if (words.length < 2 || ac.length < 2) return false;
  const go = (i: number, j: number): boolean => {
    if (i === ac.length) return words.slice(j).every(w => PARTICLES.has(w) || w === 'and');
    if (j === words.length) return false;
    const w = words[j];
    if ((PARTICLES.has(w) || w === 'and') && go(i, j + 1)) return true;
    for (let k = 1; k <= Math.min(3, w.length, ac.length - i) && w[k - 1] === ac[i + k - 1]; k++) if (go(i + k, j + 1)) return true;
    return false;
  };
  return go(0, 0);
}

/** At least this many letters make a clipped form ("Fed"), fewer are initials. */
export const MIN_CLIPPED = 3;

function clippedFrom(short: NameClaim, full: NameClaim): boolean {
  const w = short.words[0];
  return short.words.length === 1 && full.words.length >= 2 && w.length >= MIN_CLIPPED && w.length < full.words[0].length && full.words[0].startsWith(w);
}

const COMPACT_KEPT = 50_000;
const compactMemo = new Map<string, string>();

export function compact(s: string): string {
  let c = compactMemo.get(s);
  if (c === undefined) {
    if (compactMemo.size >= COMPACT_KEPT) compactMemo.clear();
    c = s.replace(POSSESSIVE_G, '').toLowerCase().replace(NOT_LETTER_OR_NUMBER_G, '');
    compactMemo.set(s, c);
  }
  return c;
}

/** `short` is a short form of `long`: same first letter, its letters in order within long ("utd" / "united"). */
function abbreviates(short: string, long: string): boolean {
  if (short === long) return true;
  const s = short.replace(/s$/, '');
  if (s.length < 2 || s.length >= long.length || s[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === s[j]) j++;
  return j === s.length;
}

/** The same name spelt a little differently ("Trussell Trust" / "Trussel Trust", "trussell" / "Trussel Trust"): each
 *  word of `a` is a word of `b`, in order, one of them a letter off (words of five letters or more). A misspelling,
 *  which unsupported-name reports with its "did you mean", not another person or place. */
export function spelledAlike(a: NameClaim, b: NameClaim): boolean {
  let j = 0;
  let differ = 0;
  for (const x of a.words) {
    while (j < b.words.length && b.words[j] !== x && !(differ === 0 && Math.min(x.length, b.words[j].length) >= 5 && oneEditApart(x, b.words[j]))) j++;
    if (j === b.words.length) return false;
    if (b.words[j] !== x) differ++;
    j++;
  }
  return differ === 1;
}

/** One letter inserted, deleted or replaced. */
export function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** Two names of the same kind, so that one could have been written in place of the other. */
export function comparableNames(a: NameClaim, b: NameClaim): boolean {
  if (!!a.code !== !!b.code) return false;
  if (a.type === 'unknown' || b.type === 'unknown') return !(a.place || b.place) || (a.type === b.type);
  return a.type === b.type;
}

/** Short and long forms of one first name ("Steve" / "Stephen" / "Steven"). */
const FIRST_NAME_FORMS: string[][] = [
  ['steve', 'stephen', 'steven', 'stevie'], ['dave', 'david', 'davey'], ['mike', 'michael', 'mick', 'mickey', 'micky'],
  ['bob', 'robert', 'rob', 'bobby', 'robbie'], ['bill', 'william', 'will', 'billy', 'willie', 'liam'],
  ['jim', 'james', 'jimmy', 'jamie'], ['tom', 'thomas', 'tommy'], ['tony', 'anthony', 'antony'],
  ['alex', 'alexander', 'alexandra', 'alec', 'sandy'], ['chris', 'christopher', 'christine', 'christina', 'kit'],
  ['joe', 'joseph', 'joey', 'jo', 'josephine'], ['ben', 'benjamin', 'benny'], ['dan', 'daniel', 'danny'],
  ['matt', 'matthew', 'matty'], ['nick', 'nicholas', 'nicky', 'nicola', 'nicole'], ['andy', 'andrew', 'drew'],
  ['sam', 'samuel', 'samantha', 'sammy'], ['pete', 'peter'], ['ed', 'edward', 'eddie', 'eddy', 'ted', 'ned', 'edwin', 'edmund'],
  ['john', 'jack', 'johnny', 'jon', 'jonathan', 'jonny'], ['kate', 'katherine', 'catherine', 'kathryn', 'katie', 'cathy', 'kathy', 'kat'],
  ['liz', 'elizabeth', 'beth', 'lizzie', 'betty', 'eliza', 'libby'], ['jen', 'jenny', 'jennifer'],
  ['rich', 'richard', 'rick', 'ricky', 'richie', 'dick'], ['charlie', 'charles', 'chuck', 'chas'], ['fred', 'frederick', 'freddie', 'freddy'],
  ['greg', 'gregory'], ['ken', 'kenneth', 'kenny'], ['larry', 'lawrence', 'laurence', 'laurie'], ['pat', 'patrick', 'patricia', 'paddy'],
  ['ron', 'ronald', 'ronnie'], ['sue', 'susan', 'suzanne', 'susie'], ['tim', 'timothy', 'timmy'], ['vic', 'victor', 'victoria', 'vicky'],
  ['harry', 'henry', 'hal', 'hank'], ['jeff', 'jeffrey', 'geoff', 'geoffrey'], ['phil', 'philip', 'phillip'], ['ray', 'raymond'],
  ['ian', 'iain'], ['gerry', 'gerald', 'gerard'], ['nate', 'nathan', 'nathaniel'], ['max', 'maxwell', 'maximilian'],
  ['abby', 'abigail'], ['meg', 'margaret', 'maggie', 'peggy', 'marge'], ['mandy', 'amanda'], ['becky', 'rebecca'],
  ['debbie', 'deborah', 'debra'], ['jess', 'jessica', 'jessie'], ['val', 'valerie'], ['di', 'diana', 'diane'],
];
const FIRST_NAME_GROUP = new Map<string, number>();
FIRST_NAME_FORMS.forEach((forms, i) => forms.forEach(f => FIRST_NAME_GROUP.set(f, i)));

/** Two first names that may be the same person's: equal, forms of one name, or an initial of the other. */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.replace(/\./g, '');
  const y = b.replace(/\./g, '');
  if (x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return true;
  const g = FIRST_NAME_GROUP.get(x);
  return g !== undefined && g === FIRST_NAME_GROUP.get(y);
}
