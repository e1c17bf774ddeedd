// Inputs for the bench: source texts and Markdown drafts of a given size in words.
//
// With ../shared/data beside the repository, sources are real news articles (the `source` fields of its JSONL
// files, each article once) and drafts are Markdown features written from the same sentences: headings,
// paragraphs, list items, a quote, a code block and links, with some sentences shortened and some numbers
// changed (so the draft has findings, as a real one does). Without ../shared, the same shapes are built from
// sample/article.txt repeated with variations (numbers, names and a few words changed per copy, so the index is
// not trivially small). Everything is deterministic: the same sizes give the same texts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from '../test/fixtures/random';

/** The repository root: the nearest folder upwards holding package.json (bench/ when run from source). */
export const REPO = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'sample/article.txt'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
})();
const DATA_DIR = path.resolve(REPO, '../shared/data');

const DATA_FILES = ['frank', 'xsumfaith_maynez', 'summedits_news', 'cliff', 'faithbench', 'qags_cnndm', 'qags_xsum', 'goyal21'];


export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

let articlesCache: string[] | undefined;

/** Distinct source articles: from ../shared/data when present, else variations of the sample article. */
export function articles(): { texts: string[]; origin: 'shared-data' | 'synthetic' } {
  if (articlesCache) return { texts: articlesCache, origin: articlesOrigin };
  const texts: string[] = [];
  const seen = new Set<string>();
  if (fs.existsSync(DATA_DIR)) {
    for (const name of DATA_FILES) {
      const file = path.join(DATA_DIR, `${name}.jsonl`);
      if (!fs.existsSync(file)) continue;
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let rec: { source?: unknown };
        try {
          rec = JSON.parse(line) as { source?: unknown };
        } catch {
          continue;
        }
        if (typeof rec.source !== 'string' || rec.source.length < 500 || seen.has(rec.source)) continue;
        seen.add(rec.source);
        texts.push(rec.source);
      }
    }
  }
  if (texts.length >= 200) {
    articlesOrigin = 'shared-data';
  } else {
    articlesOrigin = 'synthetic';
    texts.length = 0;
    const sample = fs.readFileSync(path.join(REPO, 'sample/article.txt'), 'utf8');
    for (let i = 0; i < 400; i++) texts.push(vary(sample, i));
  }
  articlesCache = texts;
  return { texts, origin: articlesOrigin };
}
let articlesOrigin: 'shared-data' | 'synthetic' = 'synthetic';

const NAMES = ['Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Pak Thae Song', 'Choe Son Hui', 'Dmitry Peskov', 'Antony Blinken', 'Yoon Suk Yeol', 'Fumio Kishida', 'Xi Jinping'];
const PLACES = ['Vostochny', 'Vladivostok', 'Pyongyang', 'Moscow', 'Khabarovsk', 'Komsomolsk', 'Seoul', 'Tokyo', 'Beijing', 'Kyiv'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Copy `i` of the sample article: its numbers shifted, a name, a place and a month swapped. */
function vary(text: string, i: number): string {
  const r = rng(1000 + i);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  let out = text.replace(/\d+/g, d => String(Number(d) + i));
  out = out.replace(/Vostochny/g, pick(PLACES)).replace(/Sergei Shoigu/g, pick(NAMES));
  out = out.replace(/\b(?:September|August|July)\b/g, () => pick(MONTHS));
  return `Report ${i + 1} from ${pick(PLACES)}, ${pick(MONTHS)} ${1 + (i % 28)}, ${1990 + (i % 35)}.\n\n${out}`;
}

/** Source articles totalling at least `words` words (whole articles), starting at article `offset`. */
export function sourceDocs(words: number, offset = 0): Array<{ path: string; text: string }> {
  const { texts } = articles();
  const docs: Array<{ path: string; text: string }> = [];
  let n = 0;
  for (let k = 0; n < words; k++) {
    const i = (offset + k) % texts.length;
    // A second pass over the articles varies their numbers so that they are new sentences.
    const round = Math.floor((offset + k) / texts.length);
    const text = round === 0 ? texts[i] : texts[i].replace(/\d+/g, d => String(Number(d) + round));
    docs.push({ path: `sources/s${String(offset + k).padStart(5, '0')}.txt`, text });
    n += wordCount(text);
  }
  return docs;
}

/** About `words` words of source text in one string (paragraphs of articles), trimmed to that many words. */
export function sourceText(words: number, offset = 0): string {
  const text = sourceDocs(words, offset).map(d => d.text).join('\n\n');
  return trimWords(text, words);
}

function trimWords(text: string, words: number): string {
  let n = 0;
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++n === words) return text.slice(0, m.index + m[0].length) + '\n';
  return text;
}

/** Sentences of a text, roughly (for building drafts only). */
function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’']?)\s+(?=[“"‘A-Z0-9])/u)
    .map(s => s.replace(/\s+/g, ' ').trim())
    .filter(s => s.length > 20 && s.length < 400);
}

/** A Markdown draft of about `words` words written from `sources`: headings, paragraphs, lists, a quote, code
 *  and links; some sentences shortened, a few numbers changed. */
export function draftMarkdown(words: number, sources: Array<{ path: string; text: string }>, seed = 7, frontMatter = true): string {
  const r = rng(seed);
  const pool: string[] = [];
  for (const d of sources) pool.push(...roughSentences(d.text));
  if (pool.length === 0) throw new Error('no source sentences to write a draft from');
  let next = Math.floor(r() * pool.length);
  const sentence = (): string => {
    let s = pool[next];
    next = (next + 1 + Math.floor(r() * 3)) % pool.length;
    const x = r();
    if (x < 0.08) s = s.replace(/\d+/, d => String(Number(d) + 1 + Math.floor(r() * 9))); // a wrong number
    else if (x < 0.2) {
      const w = s.split(' ');
      if (w.length > 12) s = [...w.slice(0, 4), ...w.slice(6)].join(' '); // shortened
    }
    return s;
  };
  const parts: string[] = [];
  if (frontMatter) parts.push(`---\ntitle: Feature ${seed}\nsources: [${sources.slice(0, 3).map(s => s.path).join(', ')}]\n---\n`);
  parts.push(`# A long feature, part ${seed}\n`);
  let n = 0;
  let para = 0;
  while (n < words) {
    let block: string;
    const kind = para % 12;
    if (kind === 0 && para > 0) block = `## ${pool[next].split(' ').slice(0, 6).join(' ').replace(/[.,;:]$/, '')}\n`;
    else if (kind === 5) block = Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n') + '\n';
    else if (kind === 8) block = `> ${sentence()} ${sentence()}\n`;
    else if (kind === 10 && para % 48 === 10) block = '```\nconst figures = [1, 2, 3]; // not prose\n```\n';
    else {
      const k = 3 + Math.floor(r() * 4);
      const ss = Array.from({ length: k }, sentence);
      if (para % 7 === 3) ss[1] = `${ss[1]} (see [the report](https://example.com/report/${para}))`;
      block = (para % 2 === 0 ? wrap(ss.join(' '), 100) : ss.join(' ')) + '\n';
    }
    parts.push(block);
    n += wordCount(block);
    para++;
  }
  return parts.join('\n');
}

/** Hard-wraps a paragraph at about `width` characters (as many editors save Markdown). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
