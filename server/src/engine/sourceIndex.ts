// The index of a draft's sources: their sentences with claims, a BM25 retrieval index over them, and lookups of
// every number, date, name and quoted word run, so a draft claim can be checked against the whole source at once.
import Fuse from 'fuse.js';
import { Bm25 } from './bm25';
import { analyseSentence, type AnalysedSentence } from './claims';
import type { DateClaim } from './dates';
import { LineMap } from './lineMap';
import { acronym, initials, type NameClaim } from './names';
import type { NumberClaim } from './numbers';
import { canonicalPlace } from './places';
import { quoteWords } from './quotes';
import { segment } from './segment';
import type { DocumentKind, Evidence, SourceDoc } from './types';

export interface IndexedSentence extends AnalysedSentence {
  /** Position in SourceIndex.sentences and id in the BM25 index. */
  id: number;
  doc: IndexedDoc;
  /** Content word stems, for coverage. */
  stems: Set<string>;
}

export interface IndexedDoc {
  path: string;
  text: string;
  lineMap: LineMap;
  sentences: IndexedSentence[];
  /** The document's words (as quotations compare them) and where each word occurs. */
  words: string[];
  wordPositions: Map<string, number[]>;
}

export interface SourceIndex {
  docs: IndexedDoc[];
  sentences: IndexedSentence[];
  bm25: Bm25;
  /** Every lower-cased word of the sources, hyphenated words also split into their parts. */
  vocab: Set<string>;
  /** Canonical places (countries, demonyms) the sources mention. */
  places: Set<string>;
  /** Acronyms the sources use ("un") and the initials of their multi-word names. */
  acronyms: Set<string>;
  numbers: Array<{ claim: NumberClaim; sentence: IndexedSentence }>;
  /** Numbers written inside names and codes ("F1", "G7", "M25"): they support a draft's "Formula 1", not a figure. */
  codeNumbers: Set<number>;
  dates: Array<{ claim: DateClaim; sentence: IndexedSentence }>;
  names: Array<{ claim: NameClaim; sentence: IndexedSentence }>;
  /** Fuzzy lookup over the sources' names and quotations (built on first use). */
  fuzzyNames(): Fuse<string>;
  fuzzyQuotes(): Fuse<{ text: string; sentence: IndexedSentence }>;
}

function kindOf(path: string, kind?: DocumentKind): DocumentKind {
  return kind ?? (/\.(?:md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext');
}

/** Builds the index of a set of sources. Build it once per source version and share it between drafts. */
export function indexSources(sources: SourceDoc[]): SourceIndex {
  const bm25 = new Bm25();
  const vocab = new Set<string>();
  const places = new Set<string>();
  const acronyms = new Set<string>();
  const codeNumbers = new Set<number>();
  const all: IndexedSentence[] = [];
  const numbers: SourceIndex['numbers'] = [];
  const dates: SourceIndex['dates'] = [];
  const names: SourceIndex['names'] = [];
  const docs: IndexedDoc[] = [];
  for (const src of sources) {
    const doc: IndexedDoc = { path: src.path, text: src.text, lineMap: new LineMap(src.text), sentences: [], words: [], wordPositions: new Map() };
    docs.push(doc);
    for (const s of segment(src.text, kindOf(src.path, src.kind))) {
      const a = analyseSentence(s);
      const stems = new Set(a.tokens.filter(t => !t.stop).map(t => t.stem));
      const id = bm25.add(a.tokens.filter(t => !t.stop).map(t => t.stem));
      const is: IndexedSentence = { ...a, id, doc, stems };
      all.push(is);
      doc.sentences.push(is);
      for (const t of a.tokens) {
        vocab.add(t.norm);
        if (t.norm.includes('-')) for (const p of t.norm.split('-')) vocab.add(p);
        const place = canonicalPlace(t.norm);
        if (place) places.add(place);
        const code = /^\p{L}+-?(\d+)$/u.exec(t.norm);
        if (code) codeNumbers.add(Number(code[1]));
      }
      for (const n of a.numbers) numbers.push({ claim: n, sentence: is });
      for (const d of a.dates) dates.push({ claim: d, sentence: is });
      for (const n of a.names) {
        names.push({ claim: n, sentence: is });
        if (n.place) places.add(n.place);
        const ac = acronym(n);
        if (ac) acronyms.add(ac);
        if (n.words.length > 1) acronyms.add(initials(n.words));
      }
      for (const w of quoteWords(s.text)) {
        let list = doc.wordPositions.get(w);
        if (!list) doc.wordPositions.set(w, (list = []));
        list.push(doc.words.length);
        doc.words.push(w);
      }
    }
  }
  let fuseNames: Fuse<string> | undefined;
  let fuseQuotes: Fuse<{ text: string; sentence: IndexedSentence }> | undefined;
  return {
    docs, sentences: all, bm25, vocab, places, acronyms, numbers, codeNumbers, dates, names,
    fuzzyNames() {
      fuseNames ??= new Fuse([...new Set(names.map(n => n.claim.text.replace(/['’]s$/, '')))], { includeScore: true, threshold: 0.3, ignoreLocation: true });
      return fuseNames;
    },
    fuzzyQuotes() {
      fuseQuotes ??= new Fuse(all.flatMap(s => s.quotes.map(q => ({ text: q.text, sentence: s }))), { keys: ['text'], includeScore: true, threshold: 0.5, ignoreLocation: true });
      return fuseQuotes;
    },
  };
}

/** The evidence record of a source sentence. */
export function evidenceOf(s: IndexedSentence): Evidence {
  const span = { start: s.sentence.start, end: s.sentence.end };
  return { source: s.doc.path, quote: s.sentence.text.replace(/\s+/g, ' ').trim(), span, range: s.doc.lineMap.rangeOf(span) };
}
