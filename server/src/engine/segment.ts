// Sentence segmentation: Intl.Segmenter per block, then repairs of its known mistakes (abbreviations, titles,
// initials, "U.S. District", lowercase after a closing quote, sentences glued without a space).
import type { DocumentKind, Sentence } from './types';
import { isWhitespace, joinsAcross, proseMask, type Block } from './prose';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** V8's segmenter costs (segments × string length): a long block is segmented through a sliding window. */
const WINDOW = 2000;
/** How much text either side of a boundary the repairs look at. */
const CONTEXT = 80;

/** The sentences of a document, in order. `text` is the masked prose (see proseMask), `text === masked.slice(start, end)`,
 *  trimmed of whitespace; sentences of only punctuation, symbols or whitespace are dropped. */
export function segment(text: string, kind: DocumentKind): Sentence[] {
  const { masked, blocks } = proseMask(text, kind);
  const sentences: Sentence[] = [];
  for (const block of blocks) segmentBlock(masked, block, sentences);
  return sentences;
}

function segmentBlock(masked: string, block: Block, out: Sentence[]): void {
  const raw = masked.slice(block.start, block.end);
  if (!/[\p{L}\p{N}]/u.test(raw)) return;
  // Intl.Segmenter ends a sentence at every line break; inside a block, a line break is a soft wrap.
  const str = raw.replace(/[\r\n]/g, ' ');
  const cuts = new Set(icuBoundaries(str));
  for (const cut of gluedBoundaries(str)) cuts.add(cut);
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= start || cut >= str.length) continue;
    if (joinsAcross(str.slice(Math.max(start, cut - CONTEXT), cut), str.slice(cut, cut + CONTEXT))) continue;
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
  if (!/[^\s\p{P}\p{S}]/u.test(text)) return;
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
    if (!isLower(str, i - 1) || !isLower(str, i - 2) || !isUpper(str, i + 1) || !isLower(str, i + 2)) continue;
    if (i >= tokenEnd) {
      let a = i;
      while (a > 0 && !isWhitespace(str.charCodeAt(a - 1))) a--;
      let b = i + 1;
      while (b < str.length && !isWhitespace(str.charCodeAt(b))) b++;
      tokenEnd = b;
      const token = b - a > 200 ? '' : str.slice(a, b); // a 200-character token is no prose
      tokenOk =
        token !== '' && !/[/@:\\]|^www\./i.test(token) && (token.match(/\.(?=[\p{L}\p{N}])/gu) ?? []).length === 1;
    }
    if (tokenOk) cuts.push(i + 1);
  }
  return cuts;
}

function isLower(str: string, i: number): boolean {
  const c = str.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return c >= 128 && /\p{Ll}/u.test(str[i]);
}

function isUpper(str: string, i: number): boolean {
  const c = str.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && /[\p{Lu}\p{Lt}]/u.test(str[i]);
}
