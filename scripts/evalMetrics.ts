// Metric code of the evaluation (scripts/eval.ts): pure functions, no file or engine access, so the unit tests in
// test/eval/evalMetrics.test.ts can drive them with hand-made records and a fake checker.
//
// Conventions:
// - A pair is "flagged" when the engine reports at least one finding of severity error or warning (info is ignored).
// - Positive class = inconsistent. TPR = TP/(TP+FN); false-alarm rate = FP/(FP+TN); balanced accuracy =
//   (TPR + TNR)/2. A ratio whose denominator is 0 is null (printed "n/a").
// - Human spans come with Python code-point offsets; they are converted to UTF-16 offsets (JavaScript string indices)
//   before being compared with the engine's spans. Spans are half-open: [start, end).

/** A half-open range of UTF-16 offsets, as the engine reports it. */
export interface OffsetSpan {
  start: number;
  end: number;
}

/** A human span as the data files publish it (code-point offsets; null when the span could not be located). */
export interface HumanSpan {
  start: number | null;
  end: number | null;
  text?: string;
  type?: string;
  [key: string]: unknown;
}

export type Label = 'consistent' | 'inconsistent';

/** One line of a data file. */
export interface EvalRecord {
  id: string;
  dataset: string;
  source: string;
  draft: string;
  label: Label;
  spans: HumanSpan[];
  error_types?: unknown;
  meta?: unknown;
}

export type SeverityLike = 'error' | 'warning' | 'info';

/** The part of an engine Finding the metrics need. */
export interface FindingLike {
  rule: string;
  severity: SeverityLike;
  span: OffsetSpan;
}

/** True for the severities that flag a pair (error, warning). */
export function isFlagging(severity: SeverityLike): boolean {
  return severity === 'error' || severity === 'warning';
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the data

/** Parses JSONL text into records; blank lines are skipped. Throws on a malformed line, naming `label` and the line. */
export function parseJsonl(text: string, label = 'input'): EvalRecord[] {
  const out: EvalRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new Error(`${label}:${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    out.push(validateRecord(obj, `${label}:${i + 1}`));
  }
  return out;
}

function validateRecord(obj: unknown, where: string): EvalRecord {
  if (typeof obj !== 'object' || obj === null) throw new Error(`${where}: not a JSON object`);
  const r = obj as Record<string, unknown>;
  for (const k of ['id', 'source', 'draft'] as const) {
    if (typeof r[k] !== 'string') throw new Error(`${where}: field "${k}" missing or not a string`);
  }
  if (r.label !== 'consistent' && r.label !== 'inconsistent') {
    throw new Error(`${where}: field "label" must be "consistent" or "inconsistent", got ${JSON.stringify(r.label)}`);
  }
  const spans = Array.isArray(r.spans) ? (r.spans as HumanSpan[]) : [];
  return {
    id: r.id as string,
    dataset: typeof r.dataset === 'string' ? r.dataset : '',
    source: r.source as string,
    draft: r.draft as string,
    label: r.label,
    spans,
    error_types: r.error_types,
    meta: r.meta,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Offsets

/**
 * Returns a function mapping a code-point offset into `text` to its UTF-16 offset. Offsets past the end map to
 * text.length; negative offsets map to 0. Precomputes only when `text` has non-BMP characters.
 */
export function codePointToUtf16Mapper(text: string): (cp: number) => number {
  // Fast path: no surrogate pairs, the two offsets coincide.
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    return cp => Math.max(0, Math.min(cp, text.length));
  }
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u); // offset of the end
  return cp => (cp <= 0 ? 0 : cp >= table.length ? text.length : table[cp]);
}

/** The UTF-16 offset of code-point offset `cp` in `text` (see codePointToUtf16Mapper). */
export function codePointToUtf16(text: string, cp: number): number {
  return codePointToUtf16Mapper(text)(cp);
}

/**
 * The located human spans of a record, as UTF-16 spans into its draft. Spans with a null (or non-numeric) start or
 * end, or with end < start, are dropped: they are not located.
 */
export function locatedHumanSpans(draft: string, spans: readonly HumanSpan[]): OffsetSpan[] {
  const map = codePointToUtf16Mapper(draft);
  const out: OffsetSpan[] = [];
  for (const s of spans) {
    if (typeof s.start !== 'number' || typeof s.end !== 'number') continue;
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end) || s.end < s.start) continue;
    out.push({ start: map(s.start), end: map(s.end) });
  }
  return out;
}

/**
 * Whether finding span `f` overlaps human span `h`, both half-open. Non-empty spans overlap when they share at least
 * one character: f.start < h.end && h.start < f.end (so [0,5) and [5,9) do not). An empty finding span (a caret at
 * f.start) hits a human span that contains that position: h.start <= f.start < h.end. An empty human span is hit
 * by nothing.
 */
export function spansOverlap(f: OffsetSpan, h: OffsetSpan): boolean {
  if (h.end <= h.start) return false;
  if (f.end <= f.start) return h.start <= f.start && f.start < h.end;
  return f.start < h.end && h.start < f.end;
}

/** Whether `f` overlaps any of `humans` (e.g. any annotator's span). */
export function overlapsAny(f: OffsetSpan, humans: readonly OffsetSpan[]): boolean {
  return humans.some(h => spansOverlap(f, h));
}

// ---------------------------------------------------------------------------------------------------------------
// Pair-level confusion

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Counts a confusion matrix; positive = inconsistent. */
export function confusion(items: Iterable<{ flagged: boolean; inconsistent: boolean }>): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const it of items) {
    if (it.inconsistent) {
      if (it.flagged) c.tp++;
      else c.fn++;
    } else if (it.flagged) c.fp++;
    else c.tn++;
  }
  return c;
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** True-positive rate TP/(TP+FN): share of inconsistent pairs flagged. Null without inconsistent pairs. */
export function truePositiveRate(c: Confusion): number | null {
  return ratio(c.tp, c.tp + c.fn);
}

/** True-negative rate TN/(TN+FP). Null without consistent pairs. */
export function trueNegativeRate(c: Confusion): number | null {
  return ratio(c.tn, c.tn + c.fp);
}

/** False-alarm rate on consistent pairs FP/(FP+TN). Null without consistent pairs. */
export function falseAlarmRate(c: Confusion): number | null {
  return ratio(c.fp, c.fp + c.tn);
}

/** Balanced accuracy (TPR + TNR)/2. Null unless both classes occur. */
export function balancedAccuracy(c: Confusion): number | null {
  const tpr = truePositiveRate(c);
  const tnr = trueNegativeRate(c);
  return tpr === null || tnr === null ? null : (tpr + tnr) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Naive floor

const NAIVE_NUMBER = /\d[\d,.]*/g;
const NAIVE_CAPITALISED = /\b[A-Z][a-z]+/g;

/** The draft's tokens the naive floor looks at: matches of /\d[\d,.]*\/ and of /\b[A-Z][a-z]+/, in that order. */
export function naiveFloorTokens(draft: string): string[] {
  return [...(draft.match(NAIVE_NUMBER) ?? []), ...(draft.match(NAIVE_CAPITALISED) ?? [])];
}

/** The naive floor's tokens of `draft` whose exact string does not occur anywhere in `source`. */
export function naiveFloorMissing(draft: string, source: string): string[] {
  return naiveFloorTokens(draft).filter(t => !source.includes(t));
}

/** The naive floor flags a pair when the draft has a number or a capitalised word that the source lacks. */
export function naiveFloorFlags(draft: string, source: string): boolean {
  return naiveFloorMissing(draft, source).length > 0;
}

/** The naive floor's balanced accuracy on a set of records. */
export function naiveFloorBalancedAccuracy(records: readonly EvalRecord[]): number | null {
  return balancedAccuracy(
    confusion(records.map(r => ({ flagged: naiveFloorFlags(r.draft, r.source), inconsistent: r.label === 'inconsistent' }))),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Running a checker over pairs

export interface PairOutcome {
  id: string;
  inconsistent: boolean;
  /** The checker threw on this pair: it has no findings and is left out of the engine's figures. */
  crashed: boolean;
  findings: FindingLike[];
  /** Located human spans, UTF-16 offsets into the draft. */
  humanSpans: OffsetSpan[];
  naiveFlag: boolean;
}

export interface Crash {
  id: string;
  message: string;
}

/** Builds a pair's outcome from its record and the checker's findings (null findings = the checker crashed). */
export function pairOutcome(record: EvalRecord, findings: readonly FindingLike[] | null): PairOutcome {
  return {
    id: record.id,
    inconsistent: record.label === 'inconsistent',
    crashed: findings === null,
    findings: findings ? findings.map(f => ({ rule: f.rule, severity: f.severity, span: { start: f.span.start, end: f.span.end } })) : [],
    humanSpans: locatedHumanSpans(record.draft, record.spans),
    naiveFlag: naiveFloorFlags(record.draft, record.source),
  };
}

/** Whether the pair is flagged (any error or warning finding). */
export function isPairFlagged(o: PairOutcome): boolean {
  return o.findings.some(f => isFlagging(f.severity));
}

/** A one-line message of a thrown value. */
export function errorMessage(e: unknown): string {
  const msg = e instanceof Error ? `${e.name === 'Error' ? '' : e.name + ': '}${e.message}` : String(e);
  const line = msg.split('\n')[0];
  return line.length > 300 ? line.slice(0, 297) + '...' : line;
}

/**
 * Runs `check` over the records; an exception on one pair is recorded as a crash (and reported to `onCrash`) and the
 * run goes on.
 */
export function runPairs(
  records: readonly EvalRecord[],
  check: (record: EvalRecord) => readonly FindingLike[],
  onCrash?: (crash: Crash) => void,
): { outcomes: PairOutcome[]; crashes: Crash[] } {
  const outcomes: PairOutcome[] = [];
  const crashes: Crash[] = [];
  for (const r of records) {
    let findings: readonly FindingLike[] | null;
    try {
      findings = check(r);
    } catch (e) {
      findings = null;
      const crash = { id: r.id, message: errorMessage(e) };
      crashes.push(crash);
      onCrash?.(crash);
    }
    outcomes.push(pairOutcome(r, findings));
  }
  return { outcomes, crashes };
}

// ---------------------------------------------------------------------------------------------------------------
// Figures of one file

export interface RuleRow {
  rule: string;
  /** The severities the rule's findings carried, e.g. ['error'] or ['info']. */
  severities: SeverityLike[];
  flags: number;
  /** Findings on inconsistent pairs. */
  flagsOnInconsistent: number;
  /** Distinct pairs with at least one finding of the rule. */
  pairs: number;
  inconsistentPairs: number;
  /** inconsistentPairs / pairs. */
  pairPrecision: number | null;
  /** Findings on pairs with at least one located human span. */
  spanFlags: number;
  spanHits: number;
  spanPrecision: number | null;
}

export interface FileMetrics {
  pairs: number;
  inconsistent: number;
  consistent: number;
  crashed: number;
  /** Pairs the engine's figures cover (pairs - crashed). */
  evaluated: number;
  flagged: number;
  confusion: Confusion;
  balancedAccuracy: number | null;
  tpr: number | null;
  falseAlarmRate: number | null;
  /** Whether any pair of the file has a located human span. */
  hasLocatedSpans: boolean;
  /** Pairs with at least one located human span (among evaluated pairs). */
  pairsWithSpans: number;
  /** Error/warning findings on pairs with located spans. */
  spanFlags: number;
  spanHits: number;
  /** spanHits / spanFlags; null when the file has no located spans or there are no such findings. */
  spanPrecision: number | null;
  naive: { flagged: number; confusion: Confusion; balancedAccuracy: number | null };
  perRule: RuleRow[];
}

/**
 * The figures of one file. Crashed pairs are left out of the engine's figures; the naive floor covers every pair.
 * `ruleOrder` orders the per-rule table (rules not in it follow, alphabetically); rules without findings are omitted.
 */
export function computeFileMetrics(outcomes: readonly PairOutcome[], ruleOrder: readonly string[] = []): FileMetrics {
  const evaluated = outcomes.filter(o => !o.crashed);
  const conf = confusion(evaluated.map(o => ({ flagged: isPairFlagged(o), inconsistent: o.inconsistent })));
  const naiveConf = confusion(outcomes.map(o => ({ flagged: o.naiveFlag, inconsistent: o.inconsistent })));

  let spanFlags = 0;
  let spanHits = 0;
  let pairsWithSpans = 0;
  const rows = new Map<string, RuleRow & { pairSet: Set<number>; incPairSet: Set<number>; sevSet: Set<SeverityLike> }>();
  evaluated.forEach((o, idx) => {
    const withSpans = o.humanSpans.length > 0;
    if (withSpans) pairsWithSpans++;
    for (const f of o.findings) {
      const hit = withSpans && overlapsAny(f.span, o.humanSpans);
      if (withSpans && isFlagging(f.severity)) {
        spanFlags++;
        if (hit) spanHits++;
      }
      let row = rows.get(f.rule);
      if (!row) {
        row = {
          rule: f.rule, severities: [], flags: 0, flagsOnInconsistent: 0, pairs: 0, inconsistentPairs: 0,
          pairPrecision: null, spanFlags: 0, spanHits: 0, spanPrecision: null,
          pairSet: new Set(), incPairSet: new Set(), sevSet: new Set(),
        };
        rows.set(f.rule, row);
      }
      row.flags++;
      row.sevSet.add(f.severity);
      row.pairSet.add(idx);
      if (o.inconsistent) {
        row.flagsOnInconsistent++;
        row.incPairSet.add(idx);
      }
      if (withSpans) {
        row.spanFlags++;
        if (hit) row.spanHits++;
      }
    }
  });

  const hasLocatedSpans = outcomes.some(o => o.humanSpans.length > 0);
  const sevOrder: SeverityLike[] = ['error', 'warning', 'info'];
  const perRule: RuleRow[] = [...rows.values()]
    .map(r => ({
      rule: r.rule,
      severities: sevOrder.filter(s => r.sevSet.has(s)),
      flags: r.flags,
      flagsOnInconsistent: r.flagsOnInconsistent,
      pairs: r.pairSet.size,
      inconsistentPairs: r.incPairSet.size,
      pairPrecision: ratio(r.incPairSet.size, r.pairSet.size),
      spanFlags: r.spanFlags,
      spanHits: r.spanHits,
      spanPrecision: hasLocatedSpans ? ratio(r.spanHits, r.spanFlags) : null,
    }))
    .sort((a, b) => {
      const rank = (rule: string) => {
        const i = ruleOrder.indexOf(rule);
        return i < 0 ? ruleOrder.length : i;
      };
      return rank(a.rule) - rank(b.rule) || a.rule.localeCompare(b.rule);
    });

  const inconsistent = outcomes.filter(o => o.inconsistent).length;
  return {
    pairs: outcomes.length,
    inconsistent,
    consistent: outcomes.length - inconsistent,
    crashed: outcomes.length - evaluated.length,
    evaluated: evaluated.length,
    flagged: conf.tp + conf.fp,
    confusion: conf,
    balancedAccuracy: balancedAccuracy(conf),
    tpr: truePositiveRate(conf),
    falseAlarmRate: falseAlarmRate(conf),
    hasLocatedSpans,
    pairsWithSpans,
    spanFlags,
    spanHits,
    spanPrecision: hasLocatedSpans ? ratio(spanHits, spanFlags) : null,
    naive: { flagged: naiveConf.tp + naiveConf.fp, confusion: naiveConf, balancedAccuracy: balancedAccuracy(naiveConf) },
    perRule,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Targets

/** The target on dev files: false alarms at most this share of consistent pairs. */
export const MAX_FALSE_ALARM_RATE = 0.03;

export interface TargetResult {
  falseAlarmOk: boolean;
  /** Balanced accuracy strictly above the published naive floor. */
  beatsFloor: boolean;
  pass: boolean;
}

/** Checks a dev file's figures against the targets; an undefined figure (null) fails. */
export function evaluateTargets(m: Pick<FileMetrics, 'falseAlarmRate' | 'balancedAccuracy'>, publishedFloor: number | null): TargetResult {
  const falseAlarmOk = m.falseAlarmRate !== null && m.falseAlarmRate <= MAX_FALSE_ALARM_RATE;
  const beatsFloor = m.balancedAccuracy !== null && publishedFloor !== null && m.balancedAccuracy > publishedFloor;
  return { falseAlarmOk, beatsFloor, pass: falseAlarmOk && beatsFloor };
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

/** A ratio with `digits` decimals, or "n/a" for null. */
export function fmtRatio(x: number | null, digits = 3): string {
  return x === null || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);
}

/** A ratio as a percentage with one decimal, or "n/a". */
export function fmtPercent(x: number | null): string {
  return x === null || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

export type Align = 'left' | 'right';

/**
 * An aligned plain-text table: header, a dashed rule, rows. Columns are separated by two spaces; by default a
 * column is right-aligned when all its body cells are numbers, left-aligned otherwise. Trailing spaces are trimmed.
 */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, align?: readonly Align[]): string {
  const n = headers.length;
  const cells = rows.map(r => Array.from({ length: n }, (_, i) => (r[i] === undefined ? '' : String(r[i]))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map(r => r[i].length)));
  const aligns: Align[] = headers.map((_, i) =>
    align?.[i] ?? (rows.length > 0 && rows.every(r => typeof r[i] === 'number') ? 'right' : 'left'),
  );
  const pad = (s: string, i: number) => (aligns[i] === 'right' ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const line = (r: readonly string[]) => r.map((s, i) => pad(s, i)).join('  ').trimEnd();
  return [line(headers), widths.map(w => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
