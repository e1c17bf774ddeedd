// Prose masking: which characters of a document are prose, and which blocks (headings, paragraphs, list items,
// table cells, plain-text lines) the prose falls into. Offsets are UTF-16 code units of the original text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { DocumentKind, Sentence } from './types';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const LOWER_FIRST = /^\p{Ll}/u;
const ANY_UPPER_OR_TITLE = /[\p{Lu}\p{Lt}]/u;
const NUMBER_FIRST = /^\p{N}/u;
const UPPER_OR_TITLE_FIRST = /^[\p{Lu}\p{Lt}]/u;
const ONE_UPPER = /^\p{Lu}$/u;
const LAST_WORD = /(\p{L}+)\P{L}*$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const DOTTED_UPPER = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** A run of prose that sentences never cross: a heading, paragraph, list item's paragraph, table cell or
 *  plain-text line group. `masked.slice(start, end)` is its text. */
export interface Block {
  start: number;
  end: number;
  kind: Sentence['block'];
}

export interface ProseMask {
  /** The text with every non-prose character replaced by a space; \r and \n kept. Same length as the text. */
  masked: string;
  /** In document order, non-overlapping. */
  blocks: Block[];
}

export function proseMask(text: string, kind: DocumentKind): ProseMask {
  // UTF-8 read as Latin-1 by a scraper puts an "Â" before "£", "°" and a no-break space ("Â£300m"), and writes an
  // accented letter as "Ã" and another character ("Sinn FÃ©in"): see maskMojibake (offsets unchanged).
  text = maskMojibake(text);
  return kind === 'markdown' ? markdownMask(text) : { masked: text, blocks: plaintextBlocks(text) };
}

// The "Â"s and "Ã"s are found with indexOf rather than a regular expression: /Â[£°\u00a0]/ took about 2 ms a
// megabyte (a search of the whole text when, as in most, there is none or it stands near the end), and an indexed
// text was searched three times (.scratch/warmprof.ts).

/** Whether the character after an "Â" makes it mojibake: "£", "°" or a no-break space. */
function mojibakeBefore(c: number): boolean {
  return c === 0xa3 || c === 0xb0 || c === 0xa0;
}

/** The bytes Windows-1252 shows as these characters, 0x80 to 0x9f (Latin-1 shows them as themselves). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** An accented letter that UTF-8 read as Latin-1 or Windows-1252 wrote as "Ã" and the character `c` ("Ã©" for
 *  "é"), as its letter and combining accent: two characters for two, so offsets hold ("e\u0301"; normWord drops the
 *  accent, as it does the one of "é"). Undefined for another character or a letter without an accent ("ß"). */
function accentedLetter(c: number): string | undefined {
  let byte = c >= 0xa0 && c <= 0xbf ? c : -1;
  if (byte < 0) {
    const k = CP1252.indexOf(String.fromCharCode(c));
    if (k >= 0) byte = 0x80 + k;
  }
  if (byte < 0) return undefined;
  const letter = String.fromCharCode(0xc0 + byte - 0x80).normalize('NFD');
  return letter.length === 2 ? letter : undefined;
}

/** The text has an "Â" or "Ã" that proseMask masks: plain text is its own prose mask only without one. */
export function hasMojibake(text: string): boolean {
  for (let i = text.indexOf('Â'); i >= 0; i = text.indexOf('Â', i + 1)) if (mojibakeBefore(text.charCodeAt(i + 1))) return true;
  for (let i = text.indexOf('Ã'); i >= 0; i = text.indexOf('Ã', i + 1)) if (accentedLetter(text.charCodeAt(i + 1)) !== undefined) return true;
  return false;
}

/** The text with each mojibake "Â" (see hasMojibake) a space and each "Ã" pair its letter and accent; the text
 *  itself when it has none. */
function maskMojibake(text: string): string {
  if (!hasMojibake(text)) return text;
  const spaced = replaceAfter(text, 'Â', c => (mojibakeBefore(c) ? ' ' : undefined), 1);
  return replaceAfter(spaced, 'Ã', accentedLetter, 2);
}

/** `text` with each `mark` that `replacement` gives a string for (by the character after it) and the `width`
 *  characters from it replaced by that string, of the same length. */
function replaceAfter(text: string, mark: string, replacement: (c: number) => string | undefined, width: number): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    const by = replacement(text.charCodeAt(i + 1));
    if (by === undefined) continue;
    parts.push(text.slice(from, i), by);
    from = i + width;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------------
// Abbreviations: shared by the plain-text line splitter (a line ending "Adm." continues on the next line) and
// by the sentence splitter (segment.ts), which drops Intl.Segmenter's boundaries after them.

/** Titles and abbreviations after which a sentence never ends. Lowercase, without the final period. */
const ALWAYS_CONTINUES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cmdr', 'cdr', 'sgt',
  'brig', 'adm', 'maj', 'cpl', 'pvt', 'lieut', 'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'hon', 'pres', 'supt',
  'insp', 'det', 'e.g', 'i.e', 'approx', 'vs', 'viz', 'cf',
]);

/** Abbreviations that continue when a number follows: "Aug. 31", "No. 10", "pp. 4-5". */
const CONTINUES_BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'ch', 'sec', 'art', 'para', 'ca', 'est', 'ed',
]);

/** Zone words written after a time of day ("2 p.m. BST"). */
const ZONE_WORD = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|EST|EDT|ET|CST|CDT|MST|MDT|PST|PDT|PT)\b/;

/** Dotted acronyms of countries/unions that often stand before a capitalised name ("U.S. District Court"). */
const PLACE_ACRONYMS = new Set(['U.S', 'U.N', 'U.K', 'E.U', 'U.S.A']);

/** Words that, after "U.S." / "U.N." / "U.K." / "E.U.", continue a name rather than start a sentence. */
const ACRONYM_CONTINUATIONS = new Set([
  'District', 'Army', 'Navy', 'Naval', 'Air', 'Marine', 'Marines', 'Coast', 'Armed', 'Forces', 'Force', 'Military',
  'Senate', 'Senator', 'Senators', 'House', 'Congress', 'Congressional', 'Capitol', 'Supreme', 'Court', 'Courts',
  'Security', 'Secretary', 'Secretary-General', 'President', 'Presidential', 'Vice', 'Ambassador', 'Ambassadors',
  'Embassy', 'Embassies', 'Consulate', 'Department', 'State', 'Treasury', 'Defense', 'Defence', 'Justice',
  'Commerce', 'Trade', 'Attorney', 'Attorneys', 'General', 'Government', 'Command', 'Central', 'Special', 'Envoy',
  'Representative', 'Mission', 'Peacekeeping', 'Peacekeepers', 'Human', 'Refugee', 'High', 'Commissioner',
  'Federal', 'Postal', 'Census', 'Geological', 'Open', 'Olympic', 'Border', 'Customs', 'Immigration',
  'Intelligence', 'Agency', 'Parliament', 'Parliamentary', 'Commission', 'Council', 'Office', 'Bureau', 'National',
  'Energy', 'Environmental', 'Health', 'Labor', 'Homeland', 'Agriculture', 'Interior', 'Transportation',
  'Education', 'Veterans', 'Sanctions', 'Charter', 'Foreign', 'Home', 'Prime', 'Minister', 'Ministry',
  'Chancellor', 'Cabinet', 'Member', 'Delegation', 'Officials', 'Economy', 'Dollar', 'Food', 'Drug',
  // lowercase continuations (Intl.Segmenter already keeps these together; listed for completeness)
  'forces', 'officials', 'troops', 'government', 'authorities', 'military', 'envoy', 'member', 'members',
  'citizens', 'diplomats', 'intelligence', 'sanctions', 'ambassador', 'president', 'senator', 'lawmakers',
]);

/** Capitalised words that usually start a sentence, so they don't continue "Plan B." or "vitamin C.". */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Then', 'Yet', 'However', 'In', 'On', 'At', 'For',
  'From', 'By', 'With', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though',
  'Meanwhile', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Some', 'Many', 'Most', 'All',
  'Both', 'Each', 'Every', 'Also', 'Still', 'Now', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Last',
  'Next', 'Such', 'Other', 'Another', 'Despite', 'During', 'Under', 'Over', 'According', 'Instead', 'Thus',
  'Therefore', 'Moreover', 'Furthermore', 'Nevertheless', 'Officials', 'Analysts', 'Experts',
]);

const OPENERS = /^[\p{Ps}\p{Pi}"'“‘«‹]+/u;
const FIRST_WORD = /^[\p{Ps}\p{Pi}"'“‘«‹]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)/u;

/** FIRST_WORD's word in `text` ('' when it does not match). A text opening with an ASCII letter or digit (most
 *  do) has no opening marks, and its word ends at the first ASCII character that is none of those, an apostrophe
 *  or a hyphen: read without the expression (and its match array) unless a non-ASCII character comes first. */
export function firstWord(text: string): string {
  if (text.length > 0 && isAsciiAlphanumeric(text.charCodeAt(0))) {
    for (let i = 1; ; i++) {
      if (i === text.length) return text;
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      if (!isAsciiAlphanumeric(c) && c !== 0x27 && c !== 0x2d) return text.slice(0, i);
    }
  }
  const m = FIRST_WORD.exec(text);
  return m ? m[1] : '';
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Whether a sentence boundary between `before` and `after` (candidate break right after `before`) is false:
 * an abbreviation, title, initial or "U.S." + name continues into `after`, or `after` goes on in lowercase.
 */
export function joinsAcross(before: string, after: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (b === '' || a === '') return false;
  const next = firstWord(a);
  // `He said “no.” and left`, `“Really?” he asked`, `Inc. and its partners`: lowercase goes on.
  // (Not "iPhones sold well": a word with capitals inside starts a sentence.)
  if (next !== '' && LOWER_FIRST.test(next) && !ANY_UPPER_OR_TITLE.test(next)) return true;
  if (!b.endsWith('.')) return false;
  // The last whitespace-separated word, without its final period (a scan: /(\S+)\.$/ is quadratic on long text).
  let wordStart = b.length - 1;
  while (wordStart > 0 && !isWhitespace(b.charCodeAt(wordStart - 1))) wordStart--;
  const token = b.slice(wordStart, b.length - 1).replace(OPENERS, '');
  if (token === '') return false;
  const lower = token.toLowerCase();
  if (ALWAYS_CONTINUES.has(lower)) return true;
  // "at 2 p.m. BST on 26 July": a zone word after a time goes on.
  if ((lower === 'a.m' || lower === 'p.m') && ZONE_WORD.test(next)) return true;
  if (NUMBER_FIRST.test(next)) return CONTINUES_BEFORE_NUMBER.has(lower) || splitDecimal(b.slice(Math.max(0, b.length - 40)), a);
  const nextCapitalised = UPPER_OR_TITLE_FIRST.test(next);
  if (!nextCapitalised) return false;
  // A single initial: "Mark A. Smith", "J. K. Rowling" (but not "Plan B. The plan", nor a letter that labels
  // something: "in Group F. Reaching the finals").
  if (ONE_UPPER.test(token)) return !SENTENCE_STARTERS.has(next) && !LETTER_LABELS.has(lastWordOf(b.slice(Math.max(0, wordStart - 40), wordStart)));
  // A dotted acronym: "U.S. District Court" continues, "in the U.S. The next day" doesn't.
  if (DOTTED_LETTERS.test(token)) {
    if (PLACE_ACRONYMS.has(token.toUpperCase())) return ACRONYM_CONTINUATIONS.has(next);
    // Initials of a name after a capitalised first name or at the start: "George H.W. Bush", "J.R.R. Tolkien".
    if (!DOTTED_UPPER.test(token) || SENTENCE_STARTERS.has(next)) return false;
    const prevWord = /(\S+)\s*$/u.exec(b.slice(Math.max(0, wordStart - 40), wordStart));
    if (prevWord === null || TERMINAL.test(prevWord[1])) return true; // at the start of a sentence
    return UPPER_OR_TITLE_FIRST.test(prevWord[1].replace(OPENERS, ''));
  }
  return false;
}

/** Whether a full stop between `before` (ending in it) and `after` is the point of a decimal that tokenised data
 *  split: "43. 31 %", "£9. 3 m", "2. 3 tonnes", "3, 429. 58" for "43.31%", "£9.3m", "2.3 tonnes", "3,429.58". One to
 *  three digits are read with their decimals only before a percentage, a scale word or a unit (so "in 2017. 3
 *  people" and "aged 43. 31 people" stay two sentences); thousands groups written the tokenised way ("3, 429.")
 *  take one or two decimals before anything. */
export function splitDecimal(before: string, after: string): boolean {
  if (SPLIT_GROUPED_WHOLE.test(before)) return SPLIT_GROUPED_REST.test(after);
  return SPLIT_DECIMAL_WHOLE.test(before) && SPLIT_DECIMAL_REST.test(after);
}
const SPLIT_GROUPED_WHOLE = /\d{1,3}(?:, \d{3})+\.$/;
const SPLIT_GROUPED_REST = /^\d{1,2}(?!\d|,\s?\d|\.\d)/;
const SPLIT_DECIMAL_WHOLE = /(?<![\d,.] ?)\b\d{1,3}\.$/;
const SPLIT_DECIMAL_REST = /^\d+ ?(?:%|per ?cent\b|percent\b|(?:m|bn|million|billion|trillion|km|kg|tonnes?|metres?|miles|mph|kilometres|seconds)\b)/i;

/** Words a capital letter labels: "Group F", "Plan B", "Terminal C", "Vitamin D". */
const LETTER_LABELS = new Set(['group', 'plan', 'pool', 'section', 'category', 'class', 'type', 'grade', 'division', 'block', 'level', 'zone', 'terminal', 'gate', 'platform', 'stand', 'row', 'vitamin', 'channel', 'article', 'appendix', 'annex', 'part', 'schedule', 'exhibit', 'form', 'wing', 'ward', 'unit', 'league', 'tier', 'phase', 'stage', 'option', 'model', 'series', 'pier']);

/** The last word of `text`, lower-cased, without punctuation. */
function lastWordOf(text: string): string {
  const m = LAST_WORD.exec(text);
  return m ? m[1].toLowerCase() : '';
}

// ---------------------------------------------------------------------------------------------------------
// Plain text

interface Line {
  start: number;
  /** Before the line break. */
  end: number;
}

/** The lines of `text`, ended by \n, \r or \r\n (found with indexOf, not a loop over every character). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    lines.push({ start, end: i });
    start = i === cr && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Ends with . ! ? : or … , optionally followed by closing quotes/brackets. */
const TERMINAL = /[.!?:…][\p{Pf}\p{Pe}"'”’»›]*$/u;
/** Starts with an uppercase letter, a digit or a quote. */
const STARTS_LIKE_SENTENCE = /^(?:[\p{Lu}\p{Lt}\p{N}]|["'“”‘’«»„])/u;

function plaintextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length) {
    if (isBlank(text, lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let longest = 0;
    while (j < lines.length && !isBlank(text, lines[j])) {
      longest = Math.max(longest, trimmedLength(text, lines[j]));
      j++;
    }
    // lines[i..j) is a paragraph
    let blockStart = lines[i].start;
    for (let k = i; k < j - 1; k++) {
      if (lineEndsBlock(text, lines[k], lines[k + 1], longest)) {
        blocks.push({ start: blockStart, end: lines[k].end, kind: 'line' });
        blockStart = lines[k + 1].start;
      }
    }
    blocks.push({ start: blockStart, end: lines[j - 1].end, kind: 'line' });
    i = j;
  }
  return blocks;
}

/** Whitespace that can stand in a line (line breaks included). */
export function isWhitespace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0x0b || c === 0x0c || c === 0x85 || c === 0xa0 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Line length without surrounding whitespace. */
function trimmedLength(text: string, line: Line): number {
  let s = line.start;
  let e = line.end;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e - s;
}

function lineEndsBlock(text: string, line: Line, nextLine: Line, longest: number): boolean {
  const tail = text.slice(Math.max(line.start, line.end - 120), line.end).trimEnd();
  const next = text.slice(nextLine.start, Math.min(nextLine.end, nextLine.start + 120)).trimStart();
  if (TERMINAL.test(tail)) return !joinsAcross(tail, next);
  // A headline standing on its own line: short, no final punctuation, the next line starts a sentence.
  return STARTS_LIKE_SENTENCE.test(next) && trimmedLength(text, line) < 0.7 * longest;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  alt?: string | null;
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
/** For the chunks of a document after its first: front matter stands only at the very start of a document. */
const bodyParser = unified().use(remarkParse);

/** Nodes with nothing prose inside. */
const NON_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'thematicBreak', 'break']);

const BARE_URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]]/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

function markdownMask(text: string): ProseMask {
  return maskTree(text, markdownParser.parse(text) as unknown as MdNode, text.length);
}

/** The prose mask of one chunk of a Markdown document (see segment.ts): `first` when the chunk starts the document
 *  (front matter allowed). `open` tells whether a block of the chunk (a fenced code block, an HTML block) is still
 *  open at its end, or what follows would read differently than at the start of a document, so that the chunk
 *  cannot end there: found by parsing the chunk followed by a sentinel line after a blank line and seeing whether
 *  that line stands as a block of its own. */
export function markdownChunkMask(chunk: string, first: boolean): ProseMask & { open: boolean } {
  // (A scraper's "Â£" masked as proseMask masks it; chunks end at line breaks, so never between the two.)
  chunk = maskMojibake(chunk);
  const plain = plainChunkMask(chunk);
  if (plain) return { ...plain, open: false };
  let pad = '';
  if (!/(?:^|\n)[ \t]*\r?\n$|^$/.test(chunk)) pad = /\n$/.test(chunk) ? '\n' : '\n\n';
  const at = chunk.length + pad.length;
  // The sentinel is an ordered list item numbered 2: it starts a list only where nothing is open and no block
  // could be interrupted (micromark reads a line after an indented code block and a blank line as interrupting,
  // and a list not numbered 1 cannot interrupt), so the next chunk's first line reads as it does at a start.
  const full = `${chunk}${pad}2. \u00a7`;
  const tree = (first ? markdownParser : bodyParser).parse(full) as unknown as MdNode;
  const last = tree.children?.[tree.children.length - 1];
  const item = last?.type === 'list' ? last.children?.[last.children.length - 1] : undefined;
  const open = !(item?.type === 'listItem' && item.position?.start.offset === at);
  const mask = maskTree(full, tree, chunk.length);
  return { ...mask, open };
}

/** Characters that make a chunk more than plain prose: inline syntax (escapes, code, emphasis, strikethrough, links,
 *  HTML) and whitespace that masking would turn into spaces. */
const NOT_PLAIN = /[\\`*_~[\]<>\t\v\f\0\ufeff]/;
/** A line that may start a block other than a paragraph (heading, quote, list, rule, setext underline, fence). */
const BLOCK_START = /^[ ]*(?:[#>=+\-`~]|\d{1,9}[.)])/m;

/**
 * The mask of a chunk that is one plain paragraph: lines of text starting at column 0 with nothing CommonMark
 * reads as syntax (no emphasis, code, links, HTML, escapes, block markers). remark would give one paragraph with
 * one text run from its first to its last non-blank character, so its mask is computed directly, the same way
 * (URLs and e-mail addresses blanked, a table split into cells). Undefined for any other chunk.
 */
function plainChunkMask(chunk: string): ProseMask | undefined {
  const c0 = chunk.charCodeAt(0);
  if (chunk.length === 0 || c0 === 32 || c0 === 10 || c0 === 13) return undefined;
  if (NOT_PLAIN.test(chunk) || BLOCK_START.test(chunk)) return undefined;
  let end = chunk.length;
  while (end > 0) {
    const c = chunk.charCodeAt(end - 1);
    if (c !== 32 && c !== 10 && c !== 13) break;
    end--;
  }
  // No blank line inside the paragraph (a blank line would end it, and an indented line after it be code).
  if (/\n[ ]*\r?\n/.test(chunk.slice(0, end))) return undefined;
  const keep = new Uint8Array(chunk.length);
  keep.fill(1, 0, end);
  blankUrls(chunk, keep, 0, end);
  const blocks: Block[] = [];
  splitTable(chunk, keep, { start: 0, end, kind: 'paragraph' }, blocks);
  blocks.sort((x, y) => x.start - y.start);
  return { masked: buildMasked(chunk, keep, chunk.length), blocks };
}

/** Bare URLs and e-mail addresses in text[start, end) (no GFM autolink literals here): not prose. */
function blankUrls(text: string, keep: Uint8Array, start: number, end: number): void {
  const source = text.slice(start, end);
  for (const re of [BARE_URL, EMAIL]) {
    if (re === EMAIL ? !source.includes('@') : !/:\/\/|www\./i.test(source)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) keep.fill(0, start + m.index, start + m.index + m[0].length);
  }
}

/** Footnote marks ("[^1]", "[^note]:" opening a footnote), which remark-parse without GFM leaves in the text: a
 *  label is no figure or name of the prose. */
const FOOTNOTE_MARK = /\[\^[^\]\s]{1,40}\]:?/g;

function blankFootnoteMarks(text: string, keep: Uint8Array, start: number, end: number): void {
  const source = text.slice(start, end);
  if (!source.includes('[^')) return;
  FOOTNOTE_MARK.lastIndex = 0;
  for (let m = FOOTNOTE_MARK.exec(source); m !== null; m = FOOTNOTE_MARK.exec(source)) keep.fill(0, start + m.index, start + m.index + m[0].length);
}

/** Text struck out with GFM's "~~…~~" (remark-parse alone reads it as text) is what the writer took back, no claim:
 *  "killed ~~10~~ 12 people" (probe19). */
const STRUCK_OUT = /(?<!~)~~(?=\S)[^~\n]*?\S~~(?!~)/g;

function blankStruckOut(text: string, keep: Uint8Array, start: number, end: number): void {
  const source = text.slice(start, end);
  if (!source.includes('~~')) return;
  STRUCK_OUT.lastIndex = 0;
  for (let m = STRUCK_OUT.exec(source); m !== null; m = STRUCK_OUT.exec(source)) keep.fill(0, start + m.index, start + m.index + m[0].length);
}

/** The mask of `text` from its syntax tree; only text[0, length) is masked (the rest is a sentinel, see above). */
function maskTree(text: string, tree: MdNode, length: number): ProseMask {
  const keep = new Uint8Array(text.length);
  const paragraphs: Block[] = [];
  const blocks: Block[] = [];
  const taskMarkers: number[] = [];

  const keepRange = (start: number, end: number) => keep.fill(1, start, end);
  const blank = (start: number, end: number) => keep.fill(0, start, end);

  const keepText = (start: number, end: number, value: string) => {
    keepRange(start, end);
    const source = text.slice(start, end);
    if (source !== value) {
      // Character escapes ("\*"): blank the backslash. Entities ("&amp;") stay as written.
      for (let i = start; i < end - 1; i++) {
        if (text.charCodeAt(i) === 92 /* \ */ && isAsciiPunctuation(text.charCodeAt(i + 1))) {
          keep[i] = 0;
          i++;
        }
      }
      // Container prefixes on continuation lines ("> " of a blockquote, list indentation).
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        let j = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        for (;;) {
          while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) keep[j++] = 0;
          if (j < end && text.charCodeAt(j) === 62 /* > */) keep[j++] = 0;
          else break;
        }
        i = j - 1;
      }
    }
    blankUrls(text, keep, start, end);
    blankFootnoteMarks(text, keep, start, end);
    blankStruckOut(text, keep, start, end);
  };

  const keepAlt = (start: number, end: number, alt: string) => {
    if (text.charCodeAt(start) !== 33 /* ! */ || text.charCodeAt(start + 1) !== 91 /* [ */) return;
    let depth = 1;
    let i = start + 2;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 91) depth++;
      else if (c === 93 && --depth === 0) break;
    }
    if (depth !== 0) return;
    keepRange(start + 2, i);
    if (text.slice(start + 2, i) !== alt) {
      for (let k = start + 2; k < i; k++) {
        const c = text.charCodeAt(k);
        if (c === 92 && isAsciiPunctuation(text.charCodeAt(k + 1))) keep[k++] = 0;
        else if (c === 42 /* * */ || c === 96 /* ` */ || c === 91 || c === 93) keep[k] = 0;
      }
    }
  };

  const visit = (node: MdNode, container: Sentence['block']): void => {
    if (NON_PROSE.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const positioned = start !== undefined && end !== undefined;
    switch (node.type) {
      case 'text':
        if (positioned) keepText(start, end, node.value ?? '');
        return;
      case 'image':
      case 'imageReference':
        if (positioned) keepAlt(start, end, node.alt ?? '');
        return;
      case 'link':
        if (positioned && text.charCodeAt(start) === 60 /* < */) return; // autolink: its text is the URL
        break;
      case 'heading':
        if (positioned) blocks.push({ start, end, kind: 'heading' });
        break;
      case 'paragraph':
        if (positioned) paragraphs.push({ start, end, kind: container });
        break;
      case 'listItem': {
        container = 'list-item';
        // A task list item's "[ ]" / "[x]" (GFM; remark-parse alone reads it as text).
        const first = node.children?.[0];
        const p = first?.type === 'paragraph' ? first.position?.start.offset : undefined;
        if (p !== undefined && /^\[[ xX]\](?=[ \t])/.test(text.slice(p, p + 4))) taskMarkers.push(p);
        break;
      }
      case 'blockquote':
        container = 'blockquote';
        break;
    }
    if (node.children) for (const child of node.children) visit(child, container);
  };
  visit(tree, 'paragraph');
  for (const p of taskMarkers) blank(p, p + 3);

  for (const p of paragraphs) if (p.start < length) splitTable(text, keep, p, blocks);
  const inside = blocks.filter(b => b.start < length);
  inside.sort((x, y) => x.start - y.start);
  return { masked: buildMasked(text, keep, length), blocks: inside };
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function maskedLine(text: string, keep: Uint8Array, line: Line): string {
  let s = '';
  for (let i = line.start; i < line.end; i++) s += keep[i] ? text[i] : ' ';
  return s;
}

/** A table header that ranks its rows, a cell of that column, and a list number opening a cell ("2. Tom Vance"). */
const RANK_HEADER = /^\s*(?:rank(?:ing)?|pos(?:ition)?\.?|place|#|no\.?)\s*$/i;
const RANK_CELL = /^\s*(?:=?\d{1,3}(?:st|nd|rd|th)?=?\.?)\s*$/i;
const RANK_MARKER = /(?<=^\s*)\d{1,3}[.)](?=\s+\S)/;

const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Pushes the paragraph as a block, or, when it holds a (GFM-style) table, its cells as 'table-cell' blocks
 *  with pipes and the delimiter row blanked. remark-parse without GFM reads a table as a paragraph. */
function splitTable(text: string, keep: Uint8Array, p: Block, blocks: Block[]): void {
  const lines = splitLines(text.slice(p.start, p.end)).map((l) => ({ start: l.start + p.start, end: l.end + p.start }));
  let delimiter = -1;
  if (lines.length >= 2) {
    for (let k = 1; k < lines.length; k++) {
      const row = maskedLine(text, keep, lines[k]);
      if (row.includes('|') && TABLE_DELIMITER_ROW.test(row) && pipePositions(text, keep, lines[k - 1]).length > 0) {
        delimiter = k;
        break;
      }
    }
  }
  if (delimiter < 0) {
    blocks.push(p);
    return;
  }
  if (delimiter >= 2) blocks.push({ start: p.start, end: lines[delimiter - 2].end, kind: p.kind });
  keep.fill(0, lines[delimiter].start, lines[delimiter].end);
  const header = lines[delimiter - 1];
  const headerPipes = pipePositions(text, keep, header);
  // The columns whose header says they rank the rows ("Rank", "Pos", "#"): their figures are places in a list.
  const rankColumns = new Set<number>();
  headerPipes.concat(header.end).reduce((cellStart, pipe, column) => {
    if (RANK_HEADER.test(maskedLine(text, keep, { start: cellStart, end: pipe }))) rankColumns.add(column);
    return pipe + 1;
  }, header.start);
  for (let k = delimiter - 1; k < lines.length; k++) {
    if (k === delimiter) continue;
    const line = lines[k];
    let cellStart = line.start;
    let column = 0;
    for (const pipe of [...pipePositions(text, keep, line), line.end]) {
      if (pipe < line.end) keep[pipe] = 0;
      // A row's place in a ranked list is no claim: "| 2 | Tom Vance |" under "Rank", "| 2. Tom Vance |" (probe19, a
      // stage race's general classification).
      if (k > delimiter) {
        const cell = maskedLine(text, keep, { start: cellStart, end: pipe });
        const marker = RANK_MARKER.exec(cell);
        if (marker) keep.fill(0, cellStart + marker.index, cellStart + marker.index + marker[0].length);
        else if (rankColumns.has(column) && RANK_CELL.test(cell)) keep.fill(0, cellStart, pipe);
      }
      column++;
      let hasProse = false;
      for (let i = cellStart; i < pipe && !hasProse; i++) hasProse = keep[i] === 1 && !isWhitespace(text.charCodeAt(i));
      if (hasProse) blocks.push({ start: cellStart, end: pipe, kind: 'table-cell' });
      cellStart = pipe + 1;
    }
  }
}

function pipePositions(text: string, keep: Uint8Array, line: Line): number[] {
  const pipes: number[] = [];
  for (let i = line.start; i < line.end; i++) {
    if (keep[i] && text.charCodeAt(i) === 124 /* | */ && text.charCodeAt(i - 1) !== 92) pipes.push(i);
  }
  return pipes;
}

function buildMasked(text: string, keep: Uint8Array, length = text.length): string {
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = keep[i] || c === 10 || c === 13 ? c : 32;
  }
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}
