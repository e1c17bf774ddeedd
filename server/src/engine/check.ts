// Checks a draft against an index of its sources: segment → claims → evidence → rules → findings.
import { alignTokens, findEvidence, preferFigures } from './align';
import { analyseAs, analyseSentence, type Claim } from './claims';
import { supportingSentences, type RawFinding, type SentenceContext } from './context';
import { disabledLines, isDisabled } from './directives';
import { LineMap } from './lineMap';
import { RULES } from './rules';
import { dateMismatch } from './rules/dateMismatch';
import { emptyDraft } from './rules/emptyDraft';
import { winnerSwap } from './rules/winnerSwap';
import { figureOwner } from './rules/figureOwner';
import { nameMismatch } from './rules/nameMismatch';
import { negationMismatch } from './rules/negationMismatch';
import { numberMismatch } from './rules/numberMismatch';
import { scoreMismatch } from './rules/scoreMismatch';
import { quoteInexact } from './rules/quoteInexact';
import { quoteMismatch } from './rules/quoteMismatch';
import { quoteSpeaker } from './rules/quoteSpeaker';
import { termMismatch } from './rules/termMismatch';
import { timeMismatch } from './rules/timeMismatch';
import { unsupportedName } from './rules/unsupportedName';
import { unsupportedNumber } from './rules/unsupportedNumber';
import { MIN_SUPPORT, unsupportedSentence } from './rules/unsupportedSentence';
import { segment } from './segment';
import { evidenceOf, sourceSentenceWritten, type SourceIndex } from './sourceIndex';
import type { CheckResult, DocumentKind, Evidence, Finding, RuleId, RuleSetting, Sentence, SentenceReport } from './types';

export interface CheckOptions {
  /** How to read the draft; Markdown by default. */
  kind?: DocumentKind;
  /** Per-rule severity overrides ('off' disables a rule). */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Results of earlier checks against the same index, reused for sentences whose text has not changed. */
  cache?: SentenceCache;
  /** Which document this is (a URI or path), for the cache: the entries of each document are kept separately. */
  document?: string;
}

interface SentenceResult {
  /** Findings with spans relative to the sentence start. */
  findings: RawFinding[];
  coverage: number;
  /** The evidence records of the supporting sentences (shared by every report of this result: read-only). */
  evidence: Evidence[];
}

/**
 * Per-sentence results for one source index: a sentence's verdict depends only on its text and the sources, so
 * after an edit only the sentences whose text changed are checked again. Create one per index (a new index needs
 * a new cache) and share it between the drafts checked against that index. Each check tells the cache which
 * entries its document uses (`CheckOptions.document`); entries some document uses are kept, however many drafts
 * share the index, and of the others only the `spare` most recently used (for undo, and for text moved around).
 */
export class SentenceCache {
  /** In order of use, least recent first (an entry in use by a document counts as used now: see unref). */
  private readonly entries = new Map<string, SentenceResult>();
  /** Per document, the keys its latest check used. */
  private readonly users = new Map<string, Set<string>>();
  /** Per key, how many documents use it. */
  private readonly refs = new Map<string, number>();
  /** Per block kind, the key of each sentence text seen lately. */
  private readonly keys = new Map<string, Map<string, string>>();

  constructor(
    readonly index: SourceIndex,
    readonly spare = 5000,
  ) {}

  /** The cache key of a sentence, made once per text (building it anew would hash the whole text at every check). */
  keyOf(block: Sentence['block'], text: string): string {
    let keys = this.keys.get(block);
    if (!keys) this.keys.set(block, (keys = new Map()));
    let key = keys.get(text);
    if (key === undefined) {
      if (keys.size >= KEYS_KEPT) keys.clear();
      key = `${block}\u0000${text}`;
      keys.set(text, key);
    }
    return key;
  }

  /** The entry of `key`. Its place in the order of use is not changed here: every check tells `use` the keys it
   *  used, and an entry moves to the most recent place when the last document using it stops (see unref). Moving
   *  every sentence's entry at every check was a tenth of a keystroke's work outside the changed sentence. */
  get(key: string): SentenceResult | undefined {
    return this.entries.get(key);
  }

  set(key: string, r: SentenceResult): void {
    this.entries.delete(key);
    this.entries.set(key, r);
  }

  /** The keys the latest check of `document` used: they stay while the document uses them. */
  use(document: string, keys: Set<string>): void {
    const before = this.users.get(document);
    for (const k of keys) if (!before?.has(k)) this.refs.set(k, (this.refs.get(k) ?? 0) + 1);
    if (before) for (const k of before) if (!keys.has(k)) this.unref(k);
    this.users.set(document, keys);
    this.evict();
  }

  /** The document is closed: its entries become spare ones. */
  forget(document: string): void {
    const keys = this.users.get(document);
    if (!keys) return;
    for (const k of keys) this.unref(k);
    this.users.delete(document);
    this.evict();
  }

  /** Drops the least recently used entries that no document uses, beyond `spare` of them. */
  prune(): void {
    this.evict();
  }

  get size(): number {
    return this.entries.size;
  }

  /** One document fewer uses `k`; when none does, its entry becomes the most recently used spare one. */
  private unref(k: string): void {
    const n = (this.refs.get(k) ?? 0) - 1;
    if (n > 0) {
      this.refs.set(k, n);
      return;
    }
    this.refs.delete(k);
    const r = this.entries.get(k);
    if (r) {
      this.entries.delete(k);
      this.entries.set(k, r);
    }
  }

  private evict(): void {
    let unused = this.entries.size - this.refs.size;
    if (unused <= this.spare) return;
    for (const k of this.entries.keys()) {
      if (unused <= this.spare) break;
      if (this.refs.has(k)) continue;
      this.entries.delete(k);
      unused--;
    }
  }
}

/** How many sentence texts per block kind keep their cache key. */
const KEYS_KEPT = 20_000;

/** The rules in the order they run: specific mismatches before the generic "not in any source" rules. */
const RULE_ORDER: Array<(ctx: SentenceContext) => void> = [
  quoteInexact,
  quoteMismatch,
  scoreMismatch,
  timeMismatch,
  numberMismatch,
  figureOwner,
  dateMismatch,
  nameMismatch,
  winnerSwap,
  quoteSpeaker,
  termMismatch,
  negationMismatch,
  unsupportedNumber,
  unsupportedName,
  unsupportedSentence,
];

export function checkDraft(text: string, index: SourceIndex, options: CheckOptions = {}): CheckResult {
  const lines = new LineMap(text);
  const disabled = disabledLines(text, lines);
  const findings: Finding[] = [];
  const sentences: SentenceReport[] = [];
  const cache = options.cache?.index === index ? options.cache : undefined;
  const keys = cache ? new Set<string>() : undefined;
  // Without a cache, a sentence repeated in the draft (a heading echoed by a list item, a recurring line) is still
  // checked once: its result depends only on its block kind and text.
  // (Keyed by block kind, then by the sentence's text as segmented: no key string is made per sentence.)
  const repeated = cache ? undefined : new Map<string, Map<string, SentenceResult>>();
  const segments = segment(text, options.kind ?? 'markdown');
  const empty = emptyDraft(segments);
  const emptyFinding = empty && toFinding(empty, text, lines, options);
  if (emptyFinding) findings.push(emptyFinding);
  for (const s of segments) {
    let result: SentenceResult | undefined;
    if (cache) {
      const key = cache.keyOf(s.block, s.text);
      keys!.add(key);
      result = cache.get(key);
      if (!result) cache.set(key, (result = checkSentence(s, index, false)));
    } else {
      let ofBlock = repeated!.get(s.block);
      if (!ofBlock) repeated!.set(s.block, (ofBlock = new Map()));
      result = ofBlock.get(s.text);
      if (!result) ofBlock.set(s.text, (result = checkSentence(s, index, true)));
    }
    let wrong = false;
    for (const raw of result.findings) {
      const f = { ...raw, span: { start: raw.span.start + s.start, end: raw.span.end + s.start } };
      const finding = toFinding(f, text, lines, options);
      if (!finding || isDisabled(disabled, finding.range.start.line, finding.rule)) continue;
      if (finding.rule !== 'unsupported-sentence') wrong = true;
      findings.push(finding);
    }
    const span = { start: s.start, end: s.end };
    sentences.push({
      span,
      range: lines.rangeOf(span),
      supported: !wrong && result.coverage >= MIN_SUPPORT,
      evidence: result.evidence,
    });
  }
  if (cache && keys) cache.use(options.document ?? '', keys);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, sentences };
}

/** Coverages closer than this are a tie between two candidates; the second wins it when the draft follows it by
 *  this share of its content words more. */
const TIED_COVERAGE = 0.005;
const CLOSER = 0.2;

/** Runs every rule on one sentence; spans in the result are relative to the sentence start. `copied`: a sentence
 *  written exactly as a source sentence takes that sentence's claims (see analyseAs). A whole draft checked at once
 *  (the CLI) asks for it; a server, whose cache keeps each sentence's result, does not keep the lookup it needs. */
function checkSentence(s: Sentence, index: SourceIndex, copied: boolean): SentenceResult {
  const at = { ...s, start: 0, end: s.end - s.start };
  const source = copied ? sourceSentenceWritten(index, s.text) : undefined;
  const draft = source ? analyseAs(at, source) : analyseSentence(at);
  const candidates = findEvidence(draft, index);
  const byFigures = preferFigures(draft, candidates);
  let alignment = candidates.length > 0 ? alignTokens(draft.tokens, candidates[0].sentence.tokens) : undefined;
  // Two candidates that cover the sentence alike ("An Australian pleaded guilty on Thursday, Feb. 23, 2023, to the
  // manslaughter of …" and "… pleaded guilty on Thursday to manslaughter in the death …"): the one the draft follows
  // more closely word for word is the evidence.
  if (alignment && !byFigures && candidates.length > 1 && candidates[0].coverage - candidates[1].coverage < TIED_COVERAGE) {
    const other = alignTokens(draft.tokens, candidates[1].sentence.tokens);
    if (other.matchedContent > alignment.matchedContent + CLOSER) {
      [candidates[0], candidates[1]] = [candidates[1], candidates[0]];
      alignment = other;
    }
  }
  const best = candidates[0];
  const ctx: SentenceContext = {
    draft,
    index,
    candidates,
    alignment,
    flagged: new Set<Claim>(),
    findings: [],
  };
  for (const rule of RULE_ORDER) rule(ctx);
  // The records made once per result: a check after an edit reports every sentence of the draft again.
  return { findings: ctx.findings, coverage: best?.coverage ?? 0, evidence: supportingSentences(ctx).map(evidenceOf) };
}

function toFinding(f: RawFinding, text: string, lines: LineMap, options: CheckOptions): Finding | undefined {
  const setting = options.rules?.[f.rule] ?? RULES[f.rule].defaultSeverity;
  if (setting === 'off') return undefined;
  return {
    rule: f.rule,
    severity: setting,
    message: f.message,
    span: f.span,
    range: lines.rangeOf(f.span),
    actual: text.slice(f.span.start, f.span.end),
    expected: f.expected,
    evidence: f.evidence.map(evidenceOf),
  };
}
