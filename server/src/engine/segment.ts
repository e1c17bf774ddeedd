// Sentence segmentation: Intl.Segmenter per block, then repairs of its known mistakes (abbreviations, titles,
// initials, "U.S. District", lowercase after a closing quote, sentences glued without a space).
import type { DocumentKind, Sentence } from './types';
import { isWhitespace, joinsAcross, markdownChunkMask, proseMask, type Block } from './prose';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const ANY_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NOT_SPACE_OR_MARK = /[^\s\p{P}\p{S}]/u;
const INNER_DOT_G = /\.(?=[\p{L}\p{N}])/gu;
const ANY_LOWER = /\p{Ll}/u;
const ANY_UPPER_OR_TITLE = /[\p{Lu}\p{Lt}]/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** V8's segmenter costs (segments × string length): a long block is segmented through a sliding window. */
const WINDOW = 2000;
/** How much text either side of a boundary the repairs look at. */
const CONTEXT = 80;

/** The sentences of a document, in order. `text` is the masked prose (see proseMask), `text === masked.slice(start, end)`,
 *  trimmed of whitespace; sentences of only punctuation, symbols or whitespace are dropped. */
export function segment(text: string, kind: DocumentKind): Sentence[] {
  // A link reference definition ("[id]: url") changes how "[id]" reads anywhere in the document: no chunks.
  if (kind === 'markdown' && !text.includes(']:')) return segmentChunks(text);
  return segmentMasked(proseMask(text, kind));
}

/** The sentences of a document segmented at once, without chunks (the reference the chunked path must equal). */
export function segmentWhole(text: string, kind: DocumentKind): Sentence[] {
  return segmentMasked(proseMask(text, kind));
}

/** The sentences of a document with every block segmented by an ICU call of its own (the reference the batched
 *  path must equal). */
export function segmentUnbatched(text: string, kind: DocumentKind): Sentence[] {
  const { masked, blocks } = proseMask(text, kind);
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const str = blockString(masked, block);
    if (str !== undefined) segmentBlock(masked, block, str, icuBoundaries(str), sentences);
  }
  return sentences;
}

// ---------------------------------------------------------------------------------------------------------
// Blocks in batches. Every Intl.Segmenter call clones an ICU break iterator, in memory outside V8's heap that V8
// neither counts nor frees before it collects the call's (small) result: segmenting 10 MB of sources one block
// at a time (some 80,000 calls) left about 40 MB more resident in the C heap than in batches of up to WINDOW
// characters (.scratch/segmem.ts: 77 → 36 MB outside the heap, in-process). Consecutive short blocks are joined
// with a line feed, a hard sentence break that ends every rule's look-ahead as the end of the text does, so each
// block's boundaries are those of its own call (test/engine/segment.test.ts compares them).

/** A block's text with line breaks as spaces (Intl.Segmenter ends a sentence at every line break; inside a
 *  block, a line break is a soft wrap), or undefined when it has no letter or number. */
function blockString(masked: string, block: Block): string | undefined {
  const raw = masked.slice(block.start, block.end);
  if (!ANY_LETTER_OR_NUMBER.test(raw)) return undefined;
  // A block of one line (most plain-text blocks) needs no search by the expression.
  return raw.includes('\n') || raw.includes('\r') ? raw.replace(/[\r\n]/g, ' ') : raw;
}

function segmentMasked({ masked, blocks }: { masked: string; blocks: Block[] }): Sentence[] {
  const sentences: Sentence[] = [];
  const batch: Array<{ block: Block; str: string }> = [];
  let chars = 0;
  const flush = () => {
    const cuts = batchBoundaries(batch.map(b => b.str));
    batch.forEach((b, k) => segmentBlock(masked, b.block, b.str, cuts[k], sentences));
    batch.length = 0;
    chars = 0;
  };
  for (const block of blocks) {
    const str = blockString(masked, block);
    if (str === undefined) continue;
    if (chars + str.length + 1 > WINDOW) flush();
    batch.push({ block, str });
    chars += str.length + 1;
  }
  flush();
  return sentences;
}

/** Per string, its Intl.Segmenter sentence starts (excluding 0 and its length), as icuBoundaries gives them. */
function batchBoundaries(strs: string[]): number[][] {
  if (strs.length <= 1) return strs.map(icuBoundaries);
  const cuts: number[][] = strs.map(() => []);
  const joined = strs.join('\n');
  let k = 0;
  let from = 0;
  for (const s of segmenter.segment(joined)) {
    while (s.index > from + strs[k].length) from += strs[k++].length + 1;
    // A start at the block's own start (after the line feed) or at its end is no cut inside it.
    if (s.index > from && s.index < from + strs[k].length) cuts[k].push(s.index - from);
  }
  return cuts;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown by chunks. A Markdown document is cut, without parsing it, where every block is closed in any case:
// before a line that starts at column 0 and follows a blank line (it can continue no paragraph, list item or
// block quote; only a fenced code block or an HTML block can run on across it, and parsing the chunk tells
// whether one does: see markdownChunkMask). Each chunk is segmented on its own, so that an edit re-parses only
// the chunk it touches (results are cached by chunk text), and a plain paragraph needs no parser at all. The
// sentences are those of the whole document parsed at once (test/engine/segmentChunks.test.ts compares them).

interface ChunkResult {
  /** Sentences with offsets relative to the chunk start. */
  sentences: Sentence[];
  /** A block is open at the chunk's end: it must be joined with what follows. */
  open: boolean;
}

/** A chunk's results as the first chunk of a document (where front matter may stand) and as a later one. */
interface ChunkEntry {
  /** The chunk text, as the cache holds it. */
  key: string;
  first?: ChunkResult;
  body?: ChunkResult;
}

/** Chunk results by chunk text, least recently used first; bounded by the total length of the chunk texts. The
 *  lookup takes the chunk as cut from the document and a hit is re-inserted under the key the cache holds: a
 *  check copies no text into new keys (every chunk of the document is looked up at every keystroke). */
const chunkCache = new Map<string, ChunkEntry>();
let chunkCacheChars = 0;
const CHUNK_CACHE_CHARS = 16_000_000;

function chunkResult(chunk: string, first: boolean): ChunkResult {
  let entry = chunkCache.get(chunk);
  if (entry) {
    chunkCache.delete(entry.key); // re-inserted: most recently used
    chunkCache.set(entry.key, entry);
    const r = first ? entry.first : entry.body;
    if (r) return r;
  } else {
    // The key is a copy of the chunk: the slice of the document would keep the whole document alive.
    const key = (' ' + chunk).slice(1);
    entry = { key };
    chunkCache.set(key, entry);
    chunkCacheChars += key.length;
  }
  const mask = markdownChunkMask(chunk, first);
  const r: ChunkResult = { sentences: segmentMasked(mask), open: mask.open };
  if (first) entry.first = r;
  else entry.body = r;
  for (const k of chunkCache.keys()) {
    if (chunkCacheChars <= CHUNK_CACHE_CHARS) break;
    chunkCache.delete(k);
    chunkCacheChars -= k.length;
  }
  return r;
}

/** Start offsets of the chunks: 0, then each line at column 0 (not blank, not whitespace) after a blank line,
 *  outside the front matter. */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  let from = 0;
  // Front matter (--- or +++ fences at the very start) stays in the first chunk, blank lines and all.
  const fm = /^(-{3}|\+{3})[ \t]*\r?\n/.exec(text);
  if (fm) {
    const close = new RegExp(`\\n${fm[1] === '---' ? '-{3}' : '\\+{3}'}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = fm[0].length - 1;
    const m = close.exec(text);
    if (!m) return starts;
    from = m.index + m[0].length;
  }
  let blank = false;
  let i = from;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    let j = i;
    while (j < nl && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j === nl) blank = true;
    else {
      if (blank && j === i && i > 0) starts.push(i);
      blank = false;
    }
    i = nl + 1;
  }
  return starts;
}

function segmentChunks(text: string): Sentence[] {
  const starts = chunkStarts(text);
  starts.push(text.length);
  const out: Sentence[] = [];
  let k = 0;
  while (k < starts.length - 1) {
    const start = starts[k];
    // Join chunks while a block stays open at the end (doubling the step: linear even for an unclosed fence).
    let step = 1;
    let next = k + 1;
    let r = chunkResult(text.slice(start, starts[next]), k === 0);
    while (r.open && next < starts.length - 1) {
      next = Math.min(starts.length - 1, next + step);
      step *= 2;
      r = chunkResult(text.slice(start, starts[next]), k === 0);
    }
    for (const s of r.sentences) out.push({ start: s.start + start, end: s.end + start, text: s.text, block: s.block });
    k = next;
  }
  return out;
}

/** Segments one block, `str` its text as blockString gives it and `icu` its Intl.Segmenter boundaries. */
function segmentBlock(masked: string, block: Block, str: string, icu: number[], out: Sentence[]): void {
  const cuts = new Set(icu);
  for (const cut of gluedBoundaries(str)) cuts.add(cut);
  for (const cut of gluedWithoutStop(str)) cuts.add(cut);
  const spaced = new Set(spacedBoundaries(str));
  for (const cut of spaced) cuts.add(cut);
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= start || cut >= str.length) continue;
    if (!spaced.has(cut) && joinsAcross(str.slice(Math.max(start, cut - CONTEXT), cut), str.slice(cut, cut + CONTEXT))) continue;
    emit(masked, block, start, cut, out);
    start = cut;
  }
  emit(masked, block, start, str.length, out);
}

function emit(masked: string, block: Block, from: number, to: number, out: Sentence[]): void {
  let s = block.start + from;
  let e = block.start + to;
  while (s < e && isWhitespace(masked.charCodeAt(s))) s++;
  while (e > s && isWhitespace(masked.charCodeAt(e - 1))) e--;
  const text = masked.slice(s, e);
  if (!NOT_SPACE_OR_MARK.test(text)) return;
  out.push({ start: s, end: e, text, block: block.kind });
}

/** Intl.Segmenter's sentence starts (excluding 0 and str.length). Long strings go through a window: all but
 *  the window's last segment are taken, and the next window starts at that last segment. A window holding a
 *  single segment grows (one segment is cheap however long). */
function icuBoundaries(str: string): number[] {
  const cuts: number[] = [];
  let pos = 0;
  let size = WINDOW;
  while (pos < str.length) {
    const end = Math.min(str.length, pos + size);
    const starts: number[] = [];
    for (const s of segmenter.segment(str.slice(pos, end))) starts.push(pos + s.index);
    if (end === str.length) {
      for (const s of starts) if (s > 0) cuts.push(s);
      break;
    }
    if (starts.length < 2) {
      size *= 2;
      continue;
    }
    for (let k = 0; k < starts.length - 1; k++) if (starts[k] > 0) cuts.push(starts[k]);
    pos = starts[starts.length - 1];
    size = WINDOW;
  }
  return cuts;
}

/** "community.Dr Venter": a lowercase word of two or more letters, a period, a capitalised word. Not "Node.js",
 *  "U.S.A", URLs, e-mail addresses, file names or dotted identifiers. */
function gluedBoundaries(str: string): number[] {
  const cuts: number[] = [];
  // The whitespace-separated token around the current period, and whether it may hold a glued boundary.
  let tokenEnd = -1;
  let tokenOk = false;
  for (let i = str.indexOf('.', 2); i >= 0 && i + 2 < str.length; i = str.indexOf('.', i + 1)) {
    // A results list glued on without its line break: "131km from Castel di Sangro.1.  Marco Ferri" (probe19, a BBC
    // stage report).
    if (isDigit(str.charCodeAt(i + 1)) && isLower(str, i - 1) && isLower(str, i - 2)) {
      GLUED_LIST_NUMBER.lastIndex = i + 1;
      if (GLUED_LIST_NUMBER.test(str)) cuts.push(i + 1);
      continue;
    }
    if (!isLower(str, i - 1) || !isLower(str, i - 2) || !isUpper(str, i + 1) || !isLower(str, i + 2)) continue;
    if (i >= tokenEnd) {
      let a = i;
      while (a > 0 && !isWhitespace(str.charCodeAt(a - 1))) a--;
      let b = i + 1;
      while (b < str.length && !isWhitespace(str.charCodeAt(b))) b++;
      tokenEnd = b;
      const token = b - a > 200 ? '' : str.slice(a, b); // a 200-character token is no prose
      tokenOk =
        token !== '' && !/[/@:\\]|^www\./i.test(token) && (token.match(INNER_DOT_G) ?? []).length === 1;
    }
    if (tokenOk) cuts.push(i + 1);
  }
  return cuts;
}

/** A list number after a glued stop, then the capitalised first word of its item. */
const GLUED_LIST_NUMBER = /\d{1,2}\.[ \t]+[A-Z]/y;

/** Web pages scraped without their line breaks glue a line to the next with no stop at all: "not supported on this
 *  deviceSadio Mane scored", a table's "to 50p 7.2Increase minimum wage". A word of four or more lower-case letters or
 *  a figure, or a month or weekday name, standing at the start of its whitespace-separated token, then a capitalised
 *  word: a boundary ("24 MayQualifier 1"). Not "iPhone", "McDonald's", "Radio1Newsbeat", "Place2Be" (the glue does not
 *  start the token) or "3D" and "25C" (no lower-case word follows). ASCII letters only: a plain regular expression
 *  finds the few candidates in about 1 ms a
 *  megabyte (one with Unicode classes and lookbehind took 22 ms, a tenth of indexing it). */
const GLUED = /[a-z\d][A-Z][a-z]{2}/g;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const GLUED_BEFORE = new RegExp(`(?:^|\\s)(?:[a-z]{4,}|\\d+(?:[.,]\\d+)?|${MONTHS}|${WEEKDAYS})$`);
/** A fixture list's "24 MayQualifier 1" and "then 12 June10 June": a date's month glued to the next line's word or
 *  figure. */
const GLUED_MONTH = new RegExp(`\\d (?:${MONTHS})(?=\\d)`, 'g');
/** A table's "Sierra Leone2,536 Guinea": a word glued to a figure with thousands separators (not "Rs1,000").
 *  Tried (sticky) only where a comma follows a run of digits (see gluedFigures). */
const GLUED_FIGURE = /[a-z]{3}(?=\d{1,3}(?:,\d{3})+(?![\d,]))/y;
/** "Royal Challengers BangaloreTuesday, 24 May": a word glued to the weekday that starts the next line. Tried
 *  (sticky) only before a "day" (see gluedWeekdays). */
const GLUED_WEEKDAY = new RegExp(`[a-z](?:${WEEKDAYS})\\b`, 'y');

export function gluedWithoutStop(str: string): number[] {
  const cuts: number[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(str); m; m = GLUED.exec(str)) {
    const at = m.index + 1;
    GLUED.lastIndex = at;
    if (GLUED_BEFORE.test(str.slice(Math.max(0, at - 40), at))) cuts.push(at);
  }
  GLUED_MONTH.lastIndex = 0;
  for (let m = GLUED_MONTH.exec(str); m; m = GLUED_MONTH.exec(str)) cuts.push(m.index + m[0].length);
  gluedFigures(str, cuts);
  gluedWeekdays(str, cuts);
  return cuts;
}

// The matches of GLUED_FIGURE and GLUED_WEEKDAY are found where they can start rather than by a search of the whole
// text (which tried each at every lower-case letter: 7 ms a megabyte). Neither can match twice overlapping, so a
// search from the start finds every position where the sticky expression matches, in order: the same matches.

/** GLUED_FIGURE's cuts: a match's figure is a run of one to three digits then a comma, so it is tried three
 *  letters before each run of digits ending at a comma. */
function gluedFigures(str: string, cuts: number[]): void {
  for (let comma = str.indexOf(','); comma >= 0; comma = str.indexOf(',', comma + 1)) {
    let digits = comma;
    while (digits > 0 && isDigit(str.charCodeAt(digits - 1))) digits--;
    if (digits === comma || comma - digits > 3 || digits < 3) continue;
    GLUED_FIGURE.lastIndex = digits - 3;
    if (GLUED_FIGURE.test(str)) cuts.push(digits);
  }
}

/** GLUED_WEEKDAY's cuts: a weekday ends in "day", after three to six letters ("Sun", "Wednes"), so it is tried one
 *  letter before each of those (at most one of them can match: the weekday's capital stands where the others need
 *  a lower-case letter). */
function gluedWeekdays(str: string, cuts: number[]): void {
  for (let day = str.indexOf('day', 4); day >= 0; day = str.indexOf('day', day + 3)) {
    for (let at = day - 4; at >= Math.max(0, day - 7); at--) {
      GLUED_WEEKDAY.lastIndex = at;
      if (GLUED_WEEKDAY.test(str)) {
        cuts.push(at + 1);
        break;
      }
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "… on april 9 . comes a week after …": a full stop, question or exclamation mark with a space on both sides ends
 *  a sentence whatever follows (tokenised or lower-cased text, where Intl.Segmenter waits for a capital). Not the
 *  dots of a spaced ellipsis (". . ."). */
const SPACED_END = /(?<=[^\s.] [.!?]) +(?=[^\s.])/uy;
/** Where SPACED_END can match: after a space and a stop, before a space. Searching for these and trying SPACED_END
 *  (sticky) after each finds its matches (which cannot overlap: each starts after a stop, and holds spaces only)
 *  without trying its look-behind at every character of the text (5 ms a megabyte). */
const SPACED_STOP = / [.!?](?= )/g;

export function spacedBoundaries(str: string): number[] {
  const cuts: number[] = [];
  SPACED_STOP.lastIndex = 0;
  for (let stop = SPACED_STOP.exec(str); stop; stop = SPACED_STOP.exec(str)) {
    SPACED_END.lastIndex = stop.index + 2;
    const m = SPACED_END.exec(str);
    if (!m) continue;
    const cut = m.index + m[0].length;
    if (/\d/.test(str[m.index - 3] ?? '') && /\d/.test(str[cut])) continue; // "2 . 5"
    cuts.push(cut);
  }
  return cuts;
}

function isLower(str: string, i: number): boolean {
  const c = str.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return c >= 128 && ANY_LOWER.test(str[i]);
}

function isUpper(str: string, i: number): boolean {
  const c = str.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && ANY_UPPER_OR_TITLE.test(str[i]);
}
