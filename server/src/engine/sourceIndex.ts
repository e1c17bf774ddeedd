// The index of a draft's sources: their sentences with claims, a BM25 retrieval index over them, and lookups of
// every number, date, name and quoted word run, so a draft claim can be checked against the whole source at once.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { Bm25 } from './bm25';
import { analyseTokens, namesOf, type AnalysedSentence } from './claims';
import type { DateClaim } from './dates';
import { LineMap } from './lineMap';
import { acronym, ADJECTIVE_SUFFIX, initials, type NameClaim } from './names';
import type { NumberClaim } from './numbers';
import { canonicalPlace } from './places';
import { hasMojibake } from './prose';
import type { QuoteClaim } from './quotes';
import { IntChunks } from './intChunks';
import { IntList } from './intList';
import { QuoteRuns } from './quoteRuns';
import { segment } from './segment';
import { tokenize, withOwnWordForms, wordValues, type Token, type WordForm, type WordFormTable } from './tokens';
import { WordTable } from './wordTable';
import type { DocumentKind, Evidence, Sentence, SourceDoc } from './types';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const UNUSUAL_CHARACTER = /[^\p{L}\p{N}\p{P}\p{S}\s]/u;

/** Whether `text` has a character UNUSUAL_CHARACTER matches. A text of ASCII characters is read without the
 *  expression (every printable ASCII character is a letter, a digit, punctuation or a symbol; of the controls only
 *  tab, line feed, vertical tab, form feed and carriage return are white space): V8 parses its four Unicode classes
 *  when it first runs it and again when it first compiles it, about 2 ms that the first name typed after opening a
 *  draft paid for. test/engine/fastPaths.test.ts compares the two on every ASCII character. */
export function hasUnusualCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return UNUSUAL_CHARACTER.test(text);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) return true;
  }
  return false;
}

/** A fuse.js search over a list (see prefilteredFuse): the same results as fuse.js over the whole list. */
export interface FuzzySearch<T> {
  search(pattern: string, opts?: { limit?: number }): FuseResult<T>[];
  /** Builds now what the first search would build (its index of character pairs), and runs one search of the
   *  list's first item, unremembered: V8 compiles fuse.js's search code when it is first called (5.9 M instructions
   *  in the bench's first keystroke into an unknown name, callgrind). A server does it while idle, not in the
   *  keystroke that first needs it (20 ms for the names of 100,000 words of sources). */
  prepare(): void;
}

/** Membership test over a sentence's content word stems. */
export interface StemSet {
  has(stem: string): boolean;
  /** Membership by the index's term id of a stem (bm25.idOf): for checking many sentences for the same stems. */
  hasTerm(id: number): boolean;
  readonly size: number;
}

export interface IndexedSentence extends AnalysedSentence {
  /** Position in SourceIndex.sentences and id in the BM25 index. */
  id: number;
  doc: IndexedDoc;
  /** Content word stems, for coverage. */
  stems: StemSet;
}

export interface IndexedDoc {
  path: string;
  text: string;
  lineMap: LineMap;
  sentences: IndexedSentence[];
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
  /** The quantities of the sources, each distinct claim once (with the first sentence stating it). */
  numbers: Array<{ claim: NumberClaim; sentence: IndexedSentence }>;
  /** Numbers written inside names and codes ("F1", "G7", "M25"): they support a draft's "Formula 1", not a figure. */
  codeNumbers: Set<number>;
  /** The dates of the sources, each distinct claim once (with the first sentence stating it). */
  dates: Array<{ claim: DateClaim; sentence: IndexedSentence }>;
  /** The names of the sources, each distinct claim once (with the first sentence naming it). */
  names: Array<{ claim: NameClaim; sentence: IndexedSentence }>;
  /** Reads the claims of up to `count` more sentences for the whole-source lists above (numbers, dates, names,
   *  places, acronyms), so that they can be built in steps between other work; true once every sentence's are read
   *  and the lists are built. The lists are the same however they were read (asking for one reads the rest). */
  readClaims(count: number): boolean;
  /** Fuzzy lookup over the sources' names and quotations (built on first use). */
  fuzzyNames(): FuzzySearch<string>;
  fuzzyQuotes(): FuzzySearch<{ text: string; sentence: IndexedSentence }>;
  /** The sources' words as quotations compare them, to find a quotation verbatim (built on first use). */
  quoteRuns(): QuoteRuns;
}

function kindOf(path: string, kind?: DocumentKind): DocumentKind {
  return kind ?? (/\.(?:md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext');
}

// ---------------------------------------------------------------------------------------------------------
// Memory: an index of 10 MB of sources holds about 1.7 million words and 250,000 names. Their Token and NameClaim
// objects are what a draft sentence needs of its few best candidates only (the word alignment, the name rules), so
// an indexed sentence keeps its other claims and its stems (as ids in one shared array), and re-makes its tokens
// and names from its text when they are asked for; those of the most recently used sentences are kept.
//
// Time: building the index reads each sentence's words only (for the BM25 index and the vocabulary). Its claims
// (numbers, dates, names, quotations: most of the cost of reading a sentence) are extracted when first asked for,
// and so are the lists of every claim of the sources (SourceIndex.numbers...): a check asks for those of its
// candidates, and the first check needing a whole-source list pays for reading every sentence's claims then
// (prepareLookups does it ahead, as a server does once it is idle). The claims are the same either way.

const EMPTY: never[] = [];
/** `list` in an array of its size, to be kept: an array grown by push has room for 17 elements or more (150 bytes
 *  for one claim), and 10 MB of sources keep some 80,000 lists of claims and their words. */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY : list.slice();
}

/** How many source sentences keep their tokens and names once asked for: the best candidates of the draft
 *  sentences checked last (a check asks for those of its one or two best candidates; typing asks for the same ones
 *  again). 4,096 kept 7.4 MB of tokens and names live after 20 drafts over 10 MB of sources (.scratch/memeng.ts),
 *  for no check time measured (200k-word draft: 18.2–21.2 s with 4,096 and 14.7–21.1 s with 1,024, alternated on a
 *  loaded machine). */
const TOKENS_KEPT = 1024;
/** The kept tokens (and names, once asked for) of the sentences asked for last: at most TOKENS_KEPT, the oldest
 *  leaving first. In a table beside the sentences rather than in two fields of each (16 bytes a sentence, 1.3 MB
 *  for the 80,000 sentences of 10 MB of sources, of which 1,024 hold something). */
const keptTokens = new Map<SourceSentence, { tokens: Token[]; names: NameClaim[] | undefined }>();
const recentTokens: Array<SourceSentence | undefined> = new Array(TOKENS_KEPT);
let recentNext = 0;

const BLOCKS: ReadonlyArray<Sentence['block']> = ['heading', 'list-item', 'paragraph', 'table-cell', 'blockquote', 'line'];
/** SourceSentence.bits: whether it has names (NAMED_UNKNOWN until extracted), whether its text is its document's
 *  text between its offsets, and its block (the index in BLOCKS), in one small integer. */
const NAMED_MASK = 3;
const NAMED_UNKNOWN = 0;
const NAMED_NO = 1;
const NAMED_YES = 2;
const TEXT_IN_DOC = 4;
const BLOCK_SHIFT = 3;
/** The texts of the sentences whose text is not their document's between their offsets (none for plain text). */
const ownTexts = new WeakMap<SourceSentence, string>();

class SourceSentence implements IndexedSentence, Sentence {
  /** The Sentence fields, on the indexed sentence itself (which is its own `sentence`): one object per source
   *  sentence, not two (4.5 MB for 10 MB of sources). The text is read from the document's (see `text`). */
  readonly start: number;
  readonly end: number;
  /** See NAMED_MASK. */
  private bits: number;
  /** The claims other than names, once extracted (see analysed). */
  private keptNumbers: NumberClaim[] | undefined;
  private keptDates: DateClaim[] | undefined;
  private keptQuotes: QuoteClaim[] | undefined;

  constructor(
    sentence: Sentence,
    public id: number,
    /** Its document, which holds the index's stem table (where this sentence's stems are range `id`). */
    public doc: SourceDocument,
    /** Whether the sentence's text is known to be its document's between its offsets, without comparing them (a
     *  sentence segment gives of plain text, which is its own prose mask). */
    knownInDoc = false,
  ) {
    this.start = sentence.start;
    this.end = sentence.end;
    const inDoc = knownInDoc || (sentence.end - sentence.start === sentence.text.length && doc.text.startsWith(sentence.text, sentence.start));
    if (!inDoc) ownTexts.set(this, sentence.text);
    this.bits = (inDoc ? TEXT_IN_DOC : 0) | (BLOCKS.indexOf(sentence.block) << BLOCK_SHIFT);
  }

  /** The text, sliced from the document's when it is the document's text between the offsets (as for every
   *  sentence of plain text): no string of its own kept per sentence (a sliced string is 32 bytes: 2.4 MB for the
   *  80,000 sentences of 10 MB of sources, and 8 more bytes a sentence for the field). */
  get text(): string {
    return this.bits & TEXT_IN_DOC ? this.doc.text.slice(this.start, this.end) : ownTexts.get(this)!;
  }

  get block(): Sentence['block'] {
    return BLOCKS[this.bits >> BLOCK_SHIFT];
  }

  get sentence(): Sentence {
    return this;
  }

  private get named(): number {
    return this.bits & NAMED_MASK;
  }

  private set named(named: number) {
    this.bits = (this.bits & ~NAMED_MASK) | named;
  }

  /** The sentence's stems: a view of its range of the index's stem table (made when asked for: an object per
   *  sentence kept for the whole index was 4 MB for 10 MB of sources). */
  get stems(): StemSet {
    const table = this.doc.stemTable;
    const starts = table.starts.data;
    return new StemRange(table, starts[this.id], starts[this.id + 1]);
  }

  /** The sentence's tokens (the same as analyseSentence gives: tokenised again when not kept). */
  get tokens(): Token[] {
    const kept = keptTokens.get(this);
    if (kept) return kept.tokens;
    const tokens = tokenize(this.text, this.start);
    this.keep(tokens);
    return tokens;
  }

  set tokens(tokens: Token[]) {
    const kept = keptTokens.get(this);
    if (kept) {
      kept.tokens = tokens;
      kept.names = undefined;
    } else this.keep(tokens);
  }

  /** Keeps the tokens among the recent ones, the oldest of which leaves. */
  private keep(tokens: Token[]): void {
    const evicted = recentTokens[recentNext];
    if (evicted) keptTokens.delete(evicted);
    keptTokens.set(this, { tokens, names: undefined });
    recentTokens[recentNext] = this;
    recentNext = (recentNext + 1) % TOKENS_KEPT;
  }

  /** The claims of the sentence as analyseSentence gives them, extracted on the first call (from the tokens when
   *  kept); the numbers, dates, quotations and whether there are names are kept from then on. The names returned
   *  are the sentence's kept ones when kept, else new ones (the caller may keep them; the sentence does not, nor
   *  the tokens they are made from: the whole-source lists ask every sentence once). */
  analysed(): { numbers: NumberClaim[]; dates: DateClaim[]; names: NameClaim[]; quotes: QuoteClaim[] } {
    return this.analysedFrom(keptTokens.get(this));
  }

  /** analysed(), given the sentence's tokens when at hand (kept, with their names, or made by the caller). */
  private analysedFrom(kept: { tokens: Token[]; names?: NameClaim[] } | undefined): { numbers: NumberClaim[]; dates: DateClaim[]; names: NameClaim[]; quotes: QuoteClaim[] } {
    const named = this.named;
    if (named !== NAMED_UNKNOWN) {
      const names = named === NAMED_NO ? EMPTY : (kept?.names ?? namesOf(this, kept?.tokens ?? tokenize(this.text, this.start), this.keptDates!));
      return { numbers: this.keptNumbers!, dates: this.keptDates!, names, quotes: this.keptQuotes! };
    }
    const a = analyseTokens(this, kept?.tokens ?? tokenize(this.text, this.start));
    this.keptNumbers = exact(a.numbers);
    this.keptDates = exact(a.dates);
    for (const q of a.quotes) q.parts = q.parts.map(exact);
    this.keptQuotes = exact(a.quotes);
    this.named = a.names.length > 0 ? NAMED_YES : NAMED_NO;
    if (kept) kept.names = a.names;
    return a;
  }

  get numbers(): NumberClaim[] {
    return this.keptNumbers ?? this.analysed().numbers;
  }

  get dates(): DateClaim[] {
    return this.keptDates ?? this.analysed().dates;
  }

  get quotes(): QuoteClaim[] {
    return this.keptQuotes ?? this.analysed().quotes;
  }

  /** The tokens and names, the same as `tokens` and `names` give, but not kept when they are not kept already (see
   *  passingRead). */
  passingRead(): { tokens: Token[]; names: NameClaim[] } {
    const kept = keptTokens.get(this);
    if (kept) return { tokens: kept.tokens, names: this.names };
    const tokens = tokenize(this.text, this.start);
    // A scratch record, not kept: analysedFrom writes the names it extracts into it.
    return { tokens, names: this.analysedFrom({ tokens }).names };
  }

  /** The sentence's names (the same as analyseSentence gives: extracted again when not kept). */
  get names(): NameClaim[] {
    if (this.named === NAMED_UNKNOWN) {
      void this.tokens; // kept, so that analysed() keeps the names it extracts from them
      this.analysed();
    }
    if (this.named === NAMED_NO) return EMPTY;
    const kept = keptTokens.get(this);
    if (kept?.names) return kept.names;
    const tokens = this.tokens; // kept from here on, with the names, until the sentence leaves the recent ones
    const names = namesOf(this, tokens, this.dates);
    keptTokens.get(this)!.names = names;
    return names;
  }
}

/**
 * A source sentence's tokens and names for a reader of many sentences (every sentence that may state a result, every
 * one giving a figure): the same as its `tokens` and `names`, but made without being kept among the recently used
 * ones when they are not kept already. Kept ones stay until 1,024 other sentences have been read, which moves them
 * out of V8's young generation into the old one, where they stay as garbage until a full collection: the readers of
 * winner-swap and figure-owner left some 40 MB there in the server's first checks over 10 MB of sources (allocation
 * sampling, .scratch/memlsp.ts). Not for a caller that reads `tokens` again and compares tokens by identity.
 */
export function passingRead(s: IndexedSentence): { tokens: Token[]; names: NameClaim[] } {
  return s instanceof SourceSentence ? s.passingRead() : { tokens: s.tokens, names: s.names };
}

/** A sentence's stems as a range of sorted ids (the BM25 index's term ids) in an array shared by the whole index. */
class StemRange implements StemSet {
  constructor(
    private readonly table: StemTable,
    private readonly from: number,
    private readonly to: number,
  ) {}

  has(stem: string): boolean {
    const id = this.table.bm25.idOf(stem);
    return id !== undefined && this.hasTerm(id);
  }

  hasTerm(id: number): boolean {
    return sortedHas(this.table.list, this.from, this.to, id);
  }

  get size(): number {
    return this.to - this.from;
  }
}

/** Whether the ascending list[from .. to) holds `v`. */
export function sortedHas(list: StemIds, from: number, to: number, v: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid];
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A stem table's ids: two bytes an id while the index has at most 65,536 terms (10 MB of news have some 33,000),
 *  so 1.8 MB fewer resident for the memory bench's sources; four beyond. */
export type StemIds = Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

class StemTable {
  /** Complete once trimmed (trim()): the ids are appended to `growing` until then. */
  list: StemIds = new Int32Array(0);
  private growing: IntChunks | undefined = new IntChunks();
  /** The largest id added. */
  private maxId = -1;
  /** Where each range starts, in the order added (a sentence's id is its range's place), then the end. */
  readonly starts = new IntList();
  /** Scratch for add: the ids of one sentence, sorted. */
  private sorted = new Int32Array(64);

  constructor(readonly bm25: Bm25) {}

  /** Appends the distinct term ids of one sentence (sorted here) as the next range. */
  add(distinct: number[]): void {
    const growing = this.growing!;
    this.starts.push(growing.length);
    if (distinct.length > this.sorted.length) this.sorted = new Int32Array(Math.max(distinct.length, this.sorted.length * 2));
    // Sorted by insertion: a sentence has a few dozen ids at most (a sort with a comparison function was a tenth of
    // building the index).
    const sorted = this.sorted;
    let n = 0;
    for (const id of distinct) {
      let i = n++;
      for (; i > 0 && sorted[i - 1] > id; i--) sorted[i] = sorted[i - 1];
      sorted[i] = id;
    }
    for (let i = 0; i < n; i++) growing.push(sorted[i]);
    if (n > 0 && sorted[n - 1] > this.maxId) this.maxId = sorted[n - 1];
  }

  /** The list complete, in one array of its size. */
  trim(): void {
    const growing = this.growing!;
    this.list = this.maxId <= 0xffff ? growing.toUint16Array() : growing.toArray();
    this.starts.push(growing.length);
    this.growing = undefined;
  }
}

/** Per index, its sentences' stems as term ids: sentence k's are list[starts[k] .. starts[k + 1]), ascending. The
 *  coverage of many candidates is read from these arrays without visiting each sentence's objects. */
const stemTables = new WeakMap<SourceIndex, { list: StemIds; starts: Int32Array }>();

export function stemTableOf(index: SourceIndex): { list: StemIds; starts: Int32Array } | undefined {
  return stemTables.get(index);
}

/** A source document. */
class SourceDocument implements IndexedDoc {
  /** Appended to while the index is built, then copied to an array of its size. */
  sentences: IndexedSentence[] = [];
  readonly lineMap: LineMap;

  constructor(
    readonly path: string,
    readonly text: string,
    /** The index's stem table (its sentences' stems, see SourceSentence.stems). */
    readonly stemTable: StemTable,
  ) {
    this.lineMap = new LineMap(text);
  }
}

const CODE = /^\p{L}+-?(\d+)$/u;

/**
 * The build's pass over every word of the sources: their documents and sentences into `docs` and `all`, each
 * sentence's terms into `bm25` and `stemTable`, the words for the vocabulary into `words`. Gives the pass's table of
 * word forms. A function of its own rather than inline in indexSources so that its word table is garbage once it
 * returns: the closures a function makes share one context holding every variable any of them uses, so an inline
 * table stayed reachable from the index's getters for the index's life (3 MB of typed arrays for the memory bench's
 * 10 MB of sources).
 */
function readSentences(sources: SourceDoc[], bm25: Bm25, stemTable: StemTable, words: string[], all: SourceSentence[], docs: IndexedDoc[]): WordFormTable | undefined {
  const terms: number[] = [];
  const distinct: number[] = [];
  // What a word adds to the terms and the vocabulary depends only on the word: worked out once per distinct word,
  // the first time this build meets it, and remembered in the build's word table (its stem's term id, -1 for a
  // function word, -2 for no token). The word forms of this pass over every word are memoised in a table of their
  // own (see withOwnWordForms).
  const table = new WordTable();
  const termOf = (f: WordForm | null): number => {
    if (f === null) return -2;
    words.push(f.norm);
    return f.stop ? -1 : bm25.termId(f.stem);
  };
  let buildForms: WordFormTable | undefined;
  withOwnWordForms(() => {
    for (const src of sources) {
      const doc = new SourceDocument(src.path, src.text, stemTable);
      docs.push(doc);
      const kind = kindOf(src.path, src.kind);
      // Plain text is its own prose mask (proseMask), unless a mangled "Â£" is masked: its sentences' texts are its
      // text between their offsets.
      const plain = kind === 'plaintext' && !hasMojibake(src.text);
      for (const s of segment(src.text, kind)) {
        wordValues(s.text, table, termOf, terms);
        const id = bm25.addIds(terms, distinct);
        stemTable.add(distinct);
        const is = new SourceSentence(s, id, doc, plain);
        all.push(is);
        doc.sentences.push(is);
      }
    }
  }, undefined, table => (buildForms = table));
  return buildForms;
}

/** Builds the index of a set of sources. Build it once per source version and share it between drafts. */
export function indexSources(sources: SourceDoc[]): SourceIndex {
  const bm25 = new Bm25();
  const stemTable = new StemTable(bm25);
  /** The words of the sources, each once (or a few times: "Féin" and "Fein" are one word), for the vocabulary. */
  const words: string[] = [];
  const all: SourceSentence[] = [];
  const docs: IndexedDoc[] = [];
  // The build's table of word forms is kept for the pass that reads every sentence's claims (the same words again:
  // each form worked out once, not twice), and dropped after it.
  let buildForms: WordFormTable | undefined = readSentences(sources, bm25, stemTable, words, all, docs);
  stemTable.trim();
  for (const doc of docs) (doc as SourceDocument).sentences = doc.sentences.slice();
  let vocabulary: ReturnType<typeof vocabularyOf> | undefined;
  let claims: ReturnType<ClaimsReader['lists']> | undefined;
  // The list of words is needed once, for the vocabulary: emptied then (its 73,000 entries for 10 MB of sources
  // were kept for the index's life).
  const vocab = () => {
    if (!vocabulary) {
      vocabulary = vocabularyOf(words);
      words.length = 0;
    }
    return vocabulary;
  };
  // Reading every sentence's claims tokenises every sentence again: a pass over every word (withOwnWordForms), with
  // the forms the build worked out.
  let reader: ClaimsReader | undefined;
  const readClaims = (count: number): boolean => {
    if (claims) return true;
    reader ??= new ClaimsReader(all, vocab().places);
    withOwnWordForms(() => reader!.read(count), buildForms);
    if (!reader.done) return false;
    claims = reader.lists();
    reader = undefined;
    buildForms = undefined;
    return true;
  };
  const whole = () => {
    if (!claims) readClaims(Infinity);
    return claims!;
  };
  let fuseNames: FuzzySearch<string> | undefined;
  let fuseQuotes: FuzzySearch<{ text: string; sentence: IndexedSentence }> | undefined;
  let quoteRuns: QuoteRuns | undefined;
  const index: SourceIndex = {
    docs,
    sentences: all,
    bm25,
    get vocab() {
      return vocab().vocab;
    },
    get places() {
      return whole().places;
    },
    get acronyms() {
      return whole().acronyms;
    },
    get numbers() {
      return whole().numbers;
    },
    get codeNumbers() {
      return vocab().codeNumbers;
    },
    get dates() {
      return whole().dates;
    },
    get names() {
      return whole().names;
    },
    readClaims,
    fuzzyNames() {
      fuseNames ??= prefilteredFuse([...new Set(index.names.map(n => n.claim.text.replace(/['’]s$/, '')))], x => x, { includeScore: true, threshold: 0.3, ignoreLocation: true, maxScore: SUGGEST_NAME_SCORE });
      return fuseNames;
    },
    fuzzyQuotes() {
      fuseQuotes ??= prefilteredFuse(withOwnWordForms(() => all.flatMap(s => s.quotes.map(q => ({ text: q.text, sentence: s as IndexedSentence })))), x => x.text, { keys: ['text'], includeScore: true, threshold: 0.5, ignoreLocation: true, maxScore: CLOSEST_QUOTE_SCORE });
      return fuseQuotes;
    },
    quoteRuns() {
      quoteRuns ??= new QuoteRuns(docs.map(d => d.sentences.map(s => s.sentence.text)));
      return quoteRuns;
    },
  };
  stemTables.set(index, { list: stemTable.list, starts: stemTable.starts.data.subarray(0, stemTable.starts.length) });
  return index;
}

/** The vocabulary of the sources' words, the places among them and the numbers of their codes. */
function vocabularyOf(words: string[]): { vocab: Set<string>; places: Set<string>; codeNumbers: Set<number> } {
  const vocab = new Set<string>();
  const places = new Set<string>();
  const codeNumbers = new Set<number>();
  for (const norm of words) {
    vocab.add(norm);
    // A hyphenated word's parts are words of the vocabulary too (not places or codes of their own, except a place
    // something is said to be based in, born in or led by: "Switzerland-based" names Switzerland).
    if (norm.includes('-')) {
      const parts = norm.split('-');
      for (const p of parts) vocab.add(p);
      const where = parts.length === 2 && ADJECTIVE_SUFFIX.has(parts[1]) ? canonicalPlace(parts[0]) : undefined;
      if (where) places.add(where);
    }
    const place = canonicalPlace(norm);
    if (place) places.add(place);
    const code = CODE.exec(norm);
    if (code) codeNumbers.add(Number(code[1]));
  }
  return { vocab, places, codeNumbers };
}

/** Every claim of the sources (each distinct one once, with the first sentence stating it), the places their words
 *  and names give (`wordPlaces`, those of the words, is copied) and their acronyms: read a number of sentences at a
 *  time (SourceIndex.readClaims), in order, so the lists are the same however many steps they took. */
const JOINED_BY_AND = /^\s+(?:and|&)\s+$/;

class ClaimsReader {
  private readonly places: Set<string>;
  private readonly acronyms = new Set<string>();
  private readonly numbers: SourceIndex['numbers'] = [];
  private readonly dates: SourceIndex['dates'] = [];
  private readonly names: SourceIndex['names'] = [];
  // The "stated anywhere in the sources" lookups scan these lists: a claim repeated word for word (a name
  // mentioned twenty times) is listed once, which changes no answer and makes the scans shorter.
  private readonly seenNumbers = new Set<string>();
  private readonly seenDates = new Set<string>();
  private readonly seenNames = new Set<string>();
  // The words of names are interned: the same few thousand words stand in hundreds of thousands of names.
  private readonly interned = new Map<string, string>();
  /** The next sentence to read. */
  private next = 0;

  constructor(
    private readonly sentences: SourceSentence[],
    wordPlaces: Set<string>,
  ) {
    this.places = new Set(wordPlaces);
  }

  get done(): boolean {
    return this.next >= this.sentences.length;
  }

  /** Reads the claims of the next `count` sentences (in order: each distinct claim is listed with its first). */
  read(count: number): void {
    const end = Math.min(this.sentences.length, this.next + count);
    while (this.next < end) this.add(this.sentences[this.next++]);
  }

  lists(): Pick<SourceIndex, 'numbers' | 'dates' | 'names' | 'places' | 'acronyms'> {
    return { numbers: this.numbers, dates: this.dates, names: this.names, places: this.places, acronyms: this.acronyms };
  }

  private add(is: SourceSentence): void {
    const { places, acronyms, numbers, dates, names, seenNumbers, seenDates, seenNames, interned } = this;
    const intern = (w: string): string => {
      const seen = interned.get(w);
      if (seen !== undefined) return seen;
      interned.set(w, w);
      return w;
    };
    const a = is.analysed();
    for (const n of a.numbers) {
      // (The thing counted too: "take the second" and "the second set" are two claims.)
      const key = `${n.value}\u0000${n.alt}\u0000${n.hedge}\u0000${n.sig}\u0000${n.words}\u0000${n.text}\u0000${n.noun}\u0000${JSON.stringify(n.unit ?? null)}`;
      if (seenNumbers.has(key)) continue;
      seenNumbers.add(key);
      numbers.push({ claim: n, sentence: is });
    }
    for (const d of a.dates) {
      const key = `${d.year}\u0000${d.month}\u0000${d.day}\u0000${d.weekday}\u0000${d.text}`;
      if (seenDates.has(key)) continue;
      seenDates.add(key);
      dates.push({ claim: d, sentence: is });
    }
    // "Food and Drug Administration" is read as two names: their joint initials ("FDA") are an acronym too.
    for (let k = 0; k + 1 < a.names.length; k++) {
      const x = a.names[k];
      const y = a.names[k + 1];
      if (JOINED_BY_AND.test(is.sentence.text.slice(x.end - is.sentence.start, y.start - is.sentence.start))) acronyms.add(initials([...x.words, ...y.words]));
    }
    for (const n of a.names) {
      n.words = n.words.map(intern); // in an array of its size (see exact)
      if (n.place) places.add(n.place);
      const ac = acronym(n);
      if (ac) acronyms.add(ac);
      if (n.words.length > 1) acronyms.add(initials(n.words));
      // "United Nations Jane Doe" (a title run into a name): the initials of its opening words too, "UN".
      for (let k = 2; k < Math.min(n.words.length, 5); k++) acronyms.add(initials(n.words.slice(0, k)));
      const key = `${n.text}\u0000${n.type}\u0000${n.place ?? ''}\u0000${n.words.join(' ')}`;
      if (seenNames.has(key)) continue;
      seenNames.add(key);
      names.push({ claim: n, sentence: is });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Fuzzy search. fuse.js scores every item of its list with a bitap search (about 25 ms for a name against the
// 4,000 names of 100,000 words of sources, 50 ms for a long quotation). An item can only match when it holds,
// verbatim, one of the k+1 pieces the pattern splits into, k being the most errors the threshold allows (an
// item within k edits of the pattern leaves at least one piece untouched): so the search runs on the items that
// hold a piece, which gives the same results (fuse scores each item on its own and breaks ties by list order,
// which the subset keeps). Results are also remembered per pattern (a draft sentence is checked again at every
// keystroke). When the caller only uses a result scoring at most some value (a "did you mean" name at 0.25, the
// closest quotation at 0.4), items whose edit distance to the pattern rules that out are left out as well (see
// maxScore): a 560-character quotation no longer has fuse.js score every source quotation.
// test/engine/fuzzy.test.ts compares the results with fuse.js over the whole list.

/** fuse.js's bitap works on chunks of at most this many characters of the pattern. */
const FUSE_MAX_BITS = 32;

/** Per chunk of the pattern as fuse.js cuts it, the pieces one of which a matching item must hold. */
export function fusePieces(pattern: string, threshold: number): string[][] {
  const chunks: string[] = [];
  const len = pattern.length;
  if (len > FUSE_MAX_BITS) {
    const remainder = len % FUSE_MAX_BITS;
    for (let i = 0; i < len - remainder; i += FUSE_MAX_BITS) chunks.push(pattern.substr(i, FUSE_MAX_BITS));
    if (remainder) chunks.push(pattern.substr(len - FUSE_MAX_BITS));
  } else chunks.push(pattern);
  return chunks.map(chunk => {
    const m = chunk.length;
    // The most errors a match may have: fuse accepts i errors when i / m <= threshold.
    let k = 0;
    while (k + 1 < m && (k + 1) / m <= threshold) k++;
    const pieces: string[] = [];
    for (let p = 0; p <= k; p++) pieces.push(chunk.slice(Math.floor((p * m) / (k + 1)), Math.floor(((p + 1) * m) / (k + 1))));
    return pieces;
  });
}

/** Whether fuse.js scores `text` above `maxScore` for certain, for a pattern cut into `chunks` (the pieces of each
 *  joined again; see maxScore): the mean over the chunks of the least score each can give. A chunk scores at least
 *  0.001, so the scan stops at the first chunk that takes the sum past the limit (the sum only grows): the same
 *  answer as adding every chunk, for a fraction of the edit distances (most source quotations are rejected after
 *  two or three chunks of a long pattern: 8 long draft quotations of the 200k-word bench draft took 40 ms each
 *  to filter, edit distances to every chunk of every source quotation). */
function scoredAbove(chunks: string[], text: string, threshold: number, maxScore: number): boolean {
  const limit = maxScore + 1e-9;
  let sum = 0;
  for (const c of chunks) {
    const errors = substringEditDistance(c, text);
    // fuse.js accepts i errors when i / m <= threshold.
    sum += errors / c.length <= threshold ? Math.max(0.001, errors / c.length) : 1;
    if (sum / chunks.length > limit) return true;
  }
  return false;
}

const FUZZY_MEMO = 2000;

/** The highest score at which unsupported-name suggests a source name, and quote-mismatch takes a source
 *  quotation as the one the draft meant. */
export const SUGGEST_NAME_SCORE = 0.25;
export const CLOSEST_QUOTE_SCORE = 0.4;

/**
 * The fewest edits (insertions, deletions, substitutions of UTF-16 code units) that make `pattern` (at most 32
 * code units) a substring of `text`: Myers' bit-parallel algorithm, one pass over the text.
 */
export function substringEditDistance(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  // The pattern's bit vectors per code unit in a table of every code unit, set here and cleared after (a Map
  // lookup per character of the text was most of the time).
  const peq = PEQ;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return best;
}

/** Scratch for substringEditDistance: per UTF-16 code unit, the pattern positions holding it (all zero between
 *  calls). */
const PEQ = new Int32Array(0x10000);

/**
 * `maxScore`: only results scoring at most this matter to the caller (it uses the best result only when it scores
 * that well), so items that cannot score that well are left out too. fuse.js scores an item at least the mean,
 * over the pattern's chunks (of up to 32 characters), of errors / chunk length (1 for a chunk it does not match
 * within the threshold; the field norm raises that to a power of at most 1, which makes it no smaller), and its
 * errors for a chunk are at least the chunk's substring edit distance to the item. The results are then exact for
 * every item scoring at most maxScore, and so is the best result when it scores that well.
 */
export function prefilteredFuse<T>(list: T[], textOf: (item: T) => string, options: IFuseOptions<T> & { threshold: number; maxScore?: number }): FuzzySearch<T> {
  // fuse.js over the whole list, for the patterns the filters cannot narrow: made when first needed, as most
  // searches run on a subset. Memory: fuse.js indexes its list when made (a record per item), 5.4 MB for the
  // names and quotations of 10 MB of sources (heap snapshot of the bench's memory scenario), which the server kept
  // for no search after the first checks of 20 drafts.
  let whole: Fuse<T> | undefined;
  const search = (pattern: string, opts?: { limit?: number }): FuseResult<T>[] => (whole ??= new Fuse(list, options)).search(pattern, opts);
  const lower = list.map(item => textOf(item).toLowerCase());
  const memo = new Map<string, FuseResult<T>[]>();
  // Which items hold each pair of characters (for the count filter below), built on first use.
  let bigrams: CharacterPairs | undefined;
  let warmed = false;
  const counts = new Int32Array(list.length);
  const fast = (pattern: string, opts?: { limit?: number }): FuseResult<T>[] => {
    const p = pattern.toLowerCase();
    if (!pattern.trim() || p.length === 0 || hasUnusualCharacter(p)) return search(pattern, opts);
    const pieces = fusePieces(p, options.threshold);
    // A second necessary condition (the q-gram lemma): a text within k edits of a chunk of m characters holds
    // at least m + 1 - 2(k + 1) of the chunk's m - 1 character pairs (each edit breaks at most two of them).
    // Counted per item through an index of character pairs; an item passes when it passes for some chunk. The
    // items that pass are listed as their counts reach the need, so that the checks below visit those alone rather
    // than every item of the list (a search while a name is typed, before V8 has optimised these loops, scanned
    // the 4,000 names of 100,000 words of sources several times).
    let passing: number[] | undefined;
    const passes = new Uint8Array(list.length);
    for (const chunk of pieces) {
      const text = chunk.join('');
      const need = text.length + 1 - 2 * chunk.length;
      if (need <= 0) {
        passing = undefined;
        break;
      }
      bigrams ??= characterPairs(lower);
      counts.fill(0);
      passing ??= [];
      const { slots, starts, items } = bigrams;
      for (let j = 0; j + 1 < text.length; j++) {
        const slot = slots.get(text.substr(j, 2));
        if (slot === undefined) continue;
        for (let k = starts[slot]; k < starts[slot + 1]; k++) {
          const i = items[k];
          if (++counts[i] === need && !passes[i]) {
            passes[i] = 1;
            passing.push(i);
          }
        }
      }
    }
    const subset: number[] = [];
    const chunks = pieces.map(chunk => chunk.join(''));
    // In the list's order, as a scan of every item would take them.
    const candidates = passing ? passing.sort((a, b) => a - b) : lower.keys();
    for (const i of candidates) {
      const text = lower[i];
      if (!pieces.some(chunk => chunk.some(piece => text.includes(piece)))) continue;
      if (options.maxScore !== undefined && scoredAbove(chunks, text, options.threshold, options.maxScore)) continue;
      subset.push(i);
    }
    if (subset.length * 2 > lower.length) return search(pattern, opts);
    if (subset.length === 0) return [];
    return new Fuse(subset.map(i => list[i]), options).search(pattern, opts).map(r => ({ ...r, refIndex: subset[r.refIndex] }));
  };
  return {
    prepare() {
      bigrams ??= characterPairs(lower);
      if (!warmed && list.length > 0) fast(textOf(list[0]), { limit: 1 });
      warmed = true;
    },
    search(pattern: string, opts?: { limit?: number }): FuseResult<T>[] {
      const key = `${opts?.limit ?? ''}\u0000${pattern}`;
      let r = memo.get(key);
      if (!r) {
        r = fast(pattern, opts);
        if (memo.size >= FUZZY_MEMO) memo.delete(memo.keys().next().value!);
        memo.set(key, r);
      }
      return r;
    },
  };
}

/** Which texts hold each pair of characters: the texts of the pair in slot `slots.get(pair)` are
 *  `items[starts[slot]]` up to `items[starts[slot + 1]]`, ascending, each once. One typed array rather than an
 *  array per pair: half the memory, and none of it for the arrays' spare room. */
interface CharacterPairs {
  slots: Map<string, number>;
  starts: Int32Array;
  items: Int32Array;
}

function characterPairs(texts: readonly string[]): CharacterPairs {
  const slots = new Map<string, number>();
  const sizes: number[] = [];
  /** Per slot, the last text counted (a pair held twice by a text counts once). */
  const last: number[] = [];
  const visit = (each: (slot: number, i: number) => void) => {
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      for (let j = 0; j + 1 < t.length; j++) {
        const g = t.substr(j, 2);
        let slot = slots.get(g);
        if (slot === undefined) {
          slots.set(g, (slot = sizes.length));
          sizes.push(0);
          last.push(-1);
        }
        if (last[slot] !== i) {
          last[slot] = i;
          each(slot, i);
        }
      }
    }
  };
  visit(slot => sizes[slot]++);
  const starts = new Int32Array(sizes.length + 1);
  for (let slot = 0; slot < sizes.length; slot++) starts[slot + 1] = starts[slot] + sizes[slot];
  const items = new Int32Array(starts[sizes.length]);
  const next = starts.slice(0, sizes.length);
  last.fill(-1);
  visit((slot, i) => (items[next[slot]++] = i));
  return { slots, starts, items };
}

const byText = new WeakMap<SourceIndex, Map<string, IndexedSentence>>();

/** The first source sentence written exactly as `text`, if any (the lookup is built on first use). */
export function sourceSentenceWritten(index: SourceIndex, text: string): IndexedSentence | undefined {
  let map = byText.get(index);
  if (!map) {
    map = new Map();
    for (const s of index.sentences) if (!map.has(s.sentence.text)) map.set(s.sentence.text, s);
    byText.set(index, map);
  }
  return map.get(text);
}

const evidenceMemo = new WeakMap<IndexedSentence, Evidence>();

/** The evidence record of a source sentence (one object per sentence, made on first use: treat it as read-only). */
export function evidenceOf(s: IndexedSentence): Evidence {
  let e = evidenceMemo.get(s);
  if (!e) {
    const span = { start: s.sentence.start, end: s.sentence.end };
    e = { source: s.doc.path, quote: s.sentence.text.replace(/\s+/g, ' ').trim(), span, range: s.doc.lineMap.rangeOf(span) };
    evidenceMemo.set(s, e);
  }
  return e;
}
