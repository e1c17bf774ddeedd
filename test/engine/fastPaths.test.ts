// The engine's fast paths (memoised word forms, pre-gates, counting loops) against the straightforward code they
// replaced, kept here as the reference: the same tokens and claims on real text (the seed article and drafts, the
// dev-data excerpts) and on the edge cases the fast paths must keep.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alignTokens, compoundHead, type Alignment, type Gap } from '../../server/src/engine/align';
import { analyseAs, analyseSentence } from '../../server/src/engine/claims';
import { acronym, compact, extractNames, isTitleCase } from '../../server/src/engine/names';
import { extractNumbers } from '../../server/src/engine/numbers';
import { firstWord, hasMojibake, proseMask, splitLines } from '../../server/src/engine/prose';
import { quoteWords } from '../../server/src/engine/quotes';
import { hasUnusualCharacter } from '../../server/src/engine/sourceIndex';
import { gluedWithoutStop, segment, spacedBoundaries } from '../../server/src/engine/segment';
import { normWord, stem, STOPWORDS, tokenize, type Token } from '../../server/src/engine/tokens';
import * as excerpts from '../fixtures/dev-excerpts';

const ROOT = path.resolve(__dirname, '../..');

/** Real sentences: the sample article and drafts, every dev-data excerpt, and edge cases. */
export function realSentences(): Array<{ text: string; start: number }> {
  const texts = ['sample/article.txt', 'sample/draft.md', 'sample/draft-with-mistakes.md'].map(f => fs.readFileSync(path.join(ROOT, f), 'utf8'));
  for (const e of Object.values(excerpts)) {
    if (e && typeof e === 'object' && 'source' in e) texts.push((e as { source: string }).source, (e as { draft: string }).draft);
  }
  texts.push(
    'Twenty constructor parts, the constructor said; twenty-one were sent. The Third Way, a dozen eggs, thirty-five years.',
    'KIM PROMISES TO SUPPORT RUSSIA IN ITS SACRED FIGHT',
    'Kim Promises To Support Russia In Its Fight',
    'École Polytechnique and ÉTATS-UNIS met Ülkü Öztürk in Łódź, said Dr. Ångström of the U.N. in São Paulo.',
    'Mr. A. B. Smith, the U.S.-based CEO, paid $3.5m (£2,000) on 13.09.2023 to Al-Qaeda’s agent, 50, 000 dollars.',
  );
  const out: Array<{ text: string; start: number }> = [];
  for (const t of texts) for (const s of segment(t, 'plaintext')) out.push({ text: s.text, start: s.start });
  return out;
}

// --- the reference implementations (the code before the fast paths) ---

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-‐‑](?=[\p{L}\p{N}])|[.,](?=\p{N})|\.(?=\p{Lu}\.)|(?<=\b\p{Lu})\.(?=\p{Lu}))*\.?/gu;

function referenceTokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) && !/\.\p{L}\.$/u.test(raw)) raw = raw.slice(0, -1);
    const norm = normWord(raw);
    if (!norm) continue;
    out.push({ start: base + m.index, end: base + m.index + raw.length, text: raw, norm, stem: stem(norm), cap: /^\p{Lu}/u.test(raw), num: /\p{N}/u.test(raw), stop: STOPWORDS.has(norm) });
  }
  return out;
}

function referenceIsTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter(t => !t.num && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const letters = words.map(t => t.text).join('');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper / letters.replace(/[^\p{L}]/gu, '').length > 0.75 && words.length >= 3) return true;
  const inner = words.slice(1);
  const capitalisedFunctionWord = inner.some(t => t.cap && STOPWORDS.has(t.norm) && t.norm.length >= 2 && !/^(?:i|us|may|will|new)$/.test(t.norm));
  const long = words.filter(t => t.text.length > 3);
  return capitalisedFunctionWord && long.filter(t => t.cap).length / Math.max(1, long.length) >= 0.6;
}

function referenceSame(a: Token, b: Token): boolean {
  return a.stem === b.stem || a.norm === b.norm;
}
function referenceAlignTokens(draft: Token[], source: Token[]): Alignment {
  // A hyphenated word matches the other side's first word of it where that side lacks the word itself.
  const draftStems = new Set(draft.map(t => t.stem));
  const sourceStems = new Set(source.map(t => t.stem));
  const key = (t: Token, other: Set<string>) => {
    const h = compoundHead(t);
    return h !== undefined && !other.has(t.stem) && other.has(h) ? h : t.stem;
  };
  const dk = draft.map(t => key(t, sourceStems));
  const sk = source.map(t => key(t, draftStems));
  const same = (i: number, j: number) => referenceSame(draft[i], source[j]) || dk[i] === sk[j];
  const n = draft.length;
  const m = source.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = same(i, j) ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const draftToSource = new Array<number>(n).fill(-1);
  const sourceToDraft = new Array<number>(m).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j) && dp[i * w + j] === dp[(i + 1) * w + j + 1] + 1) {
      draftToSource[i] = j;
      sourceToDraft[j] = i;
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  const gaps: Gap[] = [];
  let pd = -1;
  let ps = -1;
  const matches: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) if (draftToSource[k] >= 0) matches.push([k, draftToSource[k]]);
  matches.push([n, m]);
  for (const [d, s] of matches) {
    if (d - pd > 1 && s - ps > 1) {
      gaps.push({ d0: pd + 1, d1: d, e0: ps + 1, e1: s, anchoredBefore: pd >= 0, anchoredAfter: d < n });
    }
    pd = d;
    ps = s;
  }
  const content = draft.filter(t => !t.stop).length;
  const matchedContent = content === 0 ? 0 : draft.filter((t, k) => !t.stop && draftToSource[k] >= 0).length / content;
  return { draftToSource, sourceToDraft, gaps, matchedContent };
}

describe('engine fast paths give the results of the plain code', () => {
  const sentences = realSentences();

  it('has real text to compare on', () => {
    assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  });

  it('tokenize with memoised word forms = tokenising each word afresh (twice: filling the memo, then reading it)', () => {
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) assert.deepEqual(tokenize(s.text, s.start), referenceTokenize(s.text, s.start), s.text);
    }
  });

  it('tokenize scanning character classes = the regular expression, on random strings of the characters it treats apart', () => {
    // Letters and numbers of several scripts, astral letters, marks, lone surrogates, upper case at word
    // boundaries and not (\b is ASCII-only), and every punctuation mark the expression gives a meaning to.
    const alphabet = ['a', 'B', 'É', 'é', 'ß', '1', '٣', '.', ',', "'", '’', '-', '‐', '‑', ' ', '_', '\u0301', '𝐀', '𝐚', '😀', '\ud800', '\udc00', 'Ⅻ', 'ǅ', 'U', 'S', '.', '.', 'A', 'z', '9', '\n', '"'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(tokenize(text, 3), referenceTokenize(text, 3), JSON.stringify(text));
    }
  });

  it('the glued and spaced sentence ends found where they can start = searching the whole text, on random strings', () => {
    const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
    const GLUED = /[a-z\d][A-Z][a-z]{2}/g;
    const GLUED_BEFORE = new RegExp(`(?:^|\\s)(?:[a-z]{4,}|\\d+(?:[.,]\\d+)?|${MONTHS}|${WEEKDAYS})$`);
    const GLUED_MONTH = new RegExp(`\\d (?:${MONTHS})(?=\\d)`, 'g');
    const GLUED_FIGURE = /[a-z]{3}(?=\d{1,3}(?:,\d{3})+(?![\d,]))/g;
    const GLUED_WEEKDAY = new RegExp(`[a-z](?:${WEEKDAYS})\\b`, 'g');
    const SPACED_END = /(?<=[^\s.] [.!?]) +(?=[^\s.])/gu;
    const referenceGlued = (str: string) => {
      const cuts: number[] = [];
      GLUED.lastIndex = 0;
      for (let m = GLUED.exec(str); m; m = GLUED.exec(str)) {
        const at = m.index + 1;
        GLUED.lastIndex = at;
        if (GLUED_BEFORE.test(str.slice(Math.max(0, at - 40), at))) cuts.push(at);
      }
      GLUED_MONTH.lastIndex = 0;
      for (let m = GLUED_MONTH.exec(str); m; m = GLUED_MONTH.exec(str)) cuts.push(m.index + m[0].length);
      GLUED_FIGURE.lastIndex = 0;
      for (let m = GLUED_FIGURE.exec(str); m; m = GLUED_FIGURE.exec(str)) cuts.push(m.index + 3);
      GLUED_WEEKDAY.lastIndex = 0;
      for (let m = GLUED_WEEKDAY.exec(str); m; m = GLUED_WEEKDAY.exec(str)) cuts.push(m.index + 1);
      return cuts.sort((a, b) => a - b);
    };
    const referenceSpaced = (str: string) => {
      const cuts: number[] = [];
      for (const m of str.matchAll(SPACED_END)) {
        const cut = m.index + m[0].length;
        if (/\d/.test(str[m.index - 3] ?? '') && /\d/.test(str[cut])) continue;
        cuts.push(cut);
      }
      return cuts;
    };
    const alphabet = ['a', 'x', 'B', 'T', 'day', 'Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur', 'Sun', 'May', 'June', 'Qualifier', '1', '7', ',', ',000', '.', '!', '?', ' ', ' ', ' . ', ' ? ', '\u00a0', '\n', '😀', '\udc00', 'é'];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    for (let k = 0; k < 30_000; k++) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(sorted(gluedWithoutStop(text)), referenceGlued(text), JSON.stringify(text));
      assert.deepEqual(spacedBoundaries(text), referenceSpaced(text), JSON.stringify(text));
    }
    for (const s of sentences) {
      assert.deepEqual(sorted(gluedWithoutStop(s.text)), referenceGlued(s.text), s.text);
      assert.deepEqual(spacedBoundaries(s.text), referenceSpaced(s.text), s.text);
    }
  });

  it('firstWord reading ASCII = the regular expression, on random strings', () => {
    const FIRST_WORD = /^[\p{Ps}\p{Pi}"'“‘«‹]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)/u;
    const reference = (text: string) => FIRST_WORD.exec(text)?.[1] ?? '';
    const alphabet = ['a', 'Z', '7', "'", '’', '-', '‐', '"', '“', '(', ' ', '.', ',', '_', 'é', '\u0301', '٣', '𝐀', '\ud800', '\u00a0'];
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 30_000; k++) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(firstWord(text), reference(text), JSON.stringify(text));
    }
  });

  it('splitLines with indexOf = a loop over every character, on random strings of line ends', () => {
    const reference = (text: string) => {
      const lines: Array<{ start: number; end: number }> = [];
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          lines.push({ start, end: i });
          if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
          start = i + 1;
        }
      }
      lines.push({ start, end: text.length });
      return lines;
    };
    const alphabet = ['a', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(splitLines(text), reference(text), JSON.stringify(text));
    }
  });

  it('stem testing suffixes by code units = stem with String.prototype.endsWith, on every English word and more', () => {
    const PAST: Record<string, string> = { pled: 'plead', spelt: 'spell', learnt: 'learn', burnt: 'burn', dreamt: 'dream', leapt: 'leap', spilt: 'spill', spoilt: 'spoil' };
    const reference = (norm: string) => {
      let w = norm;
      if (Object.hasOwn(PAST, w)) return PAST[w];
      if (w.length <= 3 || /\d/.test(w)) return w;
      if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
      if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
      if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
      else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
      else if (w.endsWith('es') && (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zes'))) w = w.slice(0, -2);
      else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
      else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
      if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
      if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      return w;
    };
    const words: string[] = JSON.parse(fs.readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8'));
    const alphabet = ['s', 'e', 'i', 'n', 'g', 'd', 'l', 'y', 'u', 'h', 'c', 'x', 'z', 't', 'p', '1', 'é', '\ud800', '-'];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) w += alphabet[Math.floor(random() * alphabet.length)];
      words.push(w);
    }
    words.push(...Object.keys(PAST), '', 'ies', 'ied', 'died', 'denied', 'ing', 'es', 's');
    for (const w of words) assert.equal(stem(w), reference(w), JSON.stringify(w));
  });

  it('masking a scraper\'s "Â£" and "Ã©" by indexOf = the regular expressions and decoders, on random strings', () => {
    // The byte Windows-1252 shows as each character (its table for 0x80 to 0x9f; Latin-1's own from 0xa0); "Ã" and
    // that byte's UTF-8 letter, decomposed.
    const WINDOWS_1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
    const byteOf = new Map<string, number>();
    WINDOWS_1252.forEach((c, k) => byteOf.set(String.fromCharCode(c), 0x80 + k));
    for (let b = 0xa0; b <= 0xbf; b++) byteOf.set(String.fromCharCode(b), b);
    const letter = (c: string) => {
      const b = byteOf.get(c);
      const l = b === undefined ? '' : new TextDecoder('utf-8').decode(Uint8Array.of(0xc3, b)).normalize('NFD');
      return l.length === 2 ? l : undefined;
    };
    const reference = (text: string) => text.replace(/Â(?=[£°\u00a0])/g, ' ').replace(/Ã([^Ã])/gsu, (m, c: string) => letter(c) ?? m);
    const alphabet = ['Â', '£', '°', '\u00a0', 'a', ' ', '\n', 'Ã', '€', '3', '©', '¼', '‰', '\u0081', '\u0080', 'ß'];
    let seed = 13;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = reference(text);
      assert.equal(hasMojibake(text), expected !== text, JSON.stringify(text));
      assert.equal(proseMask(text, 'plaintext').masked, expected, JSON.stringify(text));
    }
  });

  it('isTitleCase by counting = isTitleCase by joining and filtering', () => {
    let titles = 0;
    for (const s of sentences) {
      const tokens = tokenize(s.text, s.start);
      const expected = referenceIsTitleCase(tokens);
      if (expected) titles++;
      assert.equal(isTitleCase(tokens), expected, s.text);
    }
    assert.ok(titles >= 2);
  });

  it('the quantity pre-gate keeps every word the number tables define, and "constructor" is not one of them', () => {
    for (const s of sentences) {
      for (const c of extractNumbers(s.text, s.start, tokenize(s.text, s.start))) assert.equal(s.text.slice(c.start - s.start, c.end - s.start), c.text);
    }
    // The number-word tables have no prototype: "constructor" is no number word and leaves "Twenty" alone.
    const t = 'Twenty constructor parts arrived; twenty-one were sent, a dozen came back.';
    assert.deepEqual(extractNumbers(t, 0, tokenize(t)).map(c => c.text), ['Twenty', 'twenty-one', 'dozen']);
  });

  it('extractNames on real text is stable across calls (memoised letter counts)', () => {
    for (const s of sentences) {
      const a = extractNames(s.text, s.start, tokenize(s.text, s.start));
      const b = extractNames(s.text, s.start, referenceTokenize(s.text, s.start));
      assert.deepEqual(a, b, s.text);
    }
  });

  it('quoteWords with memoised word forms = normalising each word afresh', () => {
    // "per cent" and "percent" after a figure are the "%" sign, no word.
    const perCent = (words: string[]) =>
      words.reduce<string[]>((out, w) => {
        if (w === 'percent' && /\d$/.test(out[out.length - 1] ?? '')) return out;
        if (w === 'cent' && out[out.length - 1] === 'per' && /\d$/.test(out[out.length - 2] ?? '')) return out.slice(0, -1);
        return [...out, w];
      }, []);
    const reference = (text: string) =>
      perCent([...text.replace(/\s+(?=['’](?:m|re|s|ve|ll|d)\b|n['’]t\b)/giu, '').matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map(m => normWord(m[0]).replace(/'s$/, '')));
    for (let round = 0; round < 2; round++) for (const s of sentences) assert.deepEqual(quoteWords(s.text), reference(s.text), s.text);
  });

  it('compact and acronym with memoised forms = working them out afresh, on the names of real text', () => {
    const reference = (t: string) => t.replace(/['’]s(?!\p{Ll})/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    let names = 0;
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) {
        for (const n of extractNames(s.text, s.start, tokenize(s.text, s.start))) {
          names++;
          assert.equal(compact(n.text), reference(n.text), n.text);
          const letters = n.text.replace(/[.\s]/g, '');
          assert.equal(acronym(n), /^\p{Lu}{2,6}$/u.test(letters) ? letters.toLowerCase() : /^\p{Ll}{2,5}$/u.test(letters) ? letters : undefined, n.text);
        }
        assert.equal(compact(s.text), reference(s.text));
      }
    }
    assert.ok(names > 100);
  });

  it('analyseAs from the same text analysed at other offsets = analyseSentence, on real sentences', () => {
    let claims = 0;
    for (const s of sentences) {
      const source = analyseSentence({ text: s.text, start: s.start + 1000, end: s.start + 1000 + s.text.length, block: 'line' });
      const here = { text: s.text, start: s.start, end: s.start + s.text.length, block: 'list-item' as const };
      const got = analyseAs(here, source);
      assert.deepEqual(got, analyseSentence(here));
      claims += got.numbers.length + got.dates.length + got.quotes.length;
    }
    assert.ok(claims > 100);
  });

  it('hasUnusualCharacter = the expression [^\\p{L}\\p{N}\\p{P}\\p{S}\\s], on every ASCII character and on random strings', () => {
    const reference = (text: string) => /[^\p{L}\p{N}\p{P}\p{S}\s]/u.test(text);
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `ab${ch}`, `${ch}cd`]) assert.equal(hasUnusualCharacter(text), reference(text), `U+${c.toString(16)}`);
    }
    const alphabet = ['a', 'Z', '5', ' ', '-', '\t', '\u0001', '\u007f', 'é', '\u00a0', '\u0085', '\u200b', '\u0301', '😀', '\ud800', '€', '\u2028', '\ufeff'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 5_000; k++) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(hasUnusualCharacter(text), reference(text), JSON.stringify(text));
    }
  });

  it('alignTokens over stem numbers = alignTokens comparing stems and norms, on pairs of real sentences', () => {
    const tokens = sentences.map(s => tokenize(s.text, s.start));
    let pairs = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const j of [i, (i * 7 + 3) % tokens.length, (i + 1) % tokens.length]) {
        // A sentence against itself, another, and itself with every other word left out (gaps in both).
        const other = j === i ? tokens[i].filter((_, k) => k % 2 === 0) : tokens[j];
        assert.deepEqual(alignTokens(tokens[i], other), referenceAlignTokens(tokens[i], other));
        assert.deepEqual(alignTokens(other, tokens[i]), referenceAlignTokens(other, tokens[i]));
        pairs++;
      }
    }
    assert.ok(pairs > 150);
  });
});

