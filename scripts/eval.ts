// `npm run eval`: runs the engine over the human-annotated (source, draft) pairs in shared/data and reports pair-level
// and span-level figures per file, against the naive floor and the issue's targets. It reports; it does not gate:
// exit 0, or 1 if the engine threw on any pair, or 2 on bad arguments / missing data.
//
//   npm run eval -- [--data DIR] [--files a,b] [--limit N] [--json OUT] [--show-flags N] [--rules rule=sev,...]
//                   [--seed DIR]
//
// The test files (faithbench, qags_cnndm, qags_xsum) are run and reported, never read: --show-flags refuses them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkDraft, indexSources, type CheckResult, type Finding, type RuleId, type RuleSetting, type SourceIndex } from '../server/src/engine';
import { RULE_IDS, isRuleId } from '../server/src/engine/rules';
import {
  MAX_FALSE_ALARM_RATE,
  computeFileMetrics,
  errorMessage,
  evaluateTargets,
  fmtPercent,
  fmtRatio,
  formatTable,
  isFlagging,
  locatedHumanSpans,
  overlapsAny,
  parseJsonl,
  runPairs,
  type Crash,
  type EvalRecord,
  type FileMetrics,
  type FindingLike,
  type TargetResult,
} from './evalMetrics';

const DEV_FILES = ['xsumfaith_maynez', 'frank', 'cliff', 'goyal21', 'summedits_news'] as const;
const TEST_FILES = ['faithbench', 'qags_cnndm', 'qags_xsum'] as const;

/** The naive floor's pair-level balanced accuracy as published in shared/data/README.md. */
const PUBLISHED_FLOOR: Record<string, number> = {
  xsumfaith_maynez: 0.556,
  frank: 0.535,
  cliff: 0.753,
  goyal21: 0.514,
  summedits_news: 0.606,
  faithbench: 0.562,
  qags_cnndm: 0.465,
  qags_xsum: 0.561,
};

type Split = 'dev' | 'test' | 'other';
const SPLIT_HEADING: Record<Split, string> = {
  dev: 'dev (tuning)',
  test: 'test (never tuned)',
  other: 'other files',
};

function splitOf(file: string): Split {
  if ((DEV_FILES as readonly string[]).includes(file)) return 'dev';
  if ((TEST_FILES as readonly string[]).includes(file)) return 'test';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments

interface Options {
  dataDir: string;
  seedDir: string;
  files: string[];
  filesExplicit: boolean;
  limit: number | null;
  jsonOut: string | null;
  showFlags: number;
  rules: Partial<Record<RuleId, RuleSetting>>;
}

const USAGE = `usage: npm run eval -- [options]
  --data DIR        folder of the JSONL files (default: ../shared/data from the repo root)
  --files a,b       files to run, names without .jsonl (default: all; dev files first, then test files)
  --limit N         only the first N pairs of each file (quick runs)
  --json OUT        also write all figures as JSON to OUT
  --show-flags N    print N sample flags per dev file (draft excerpt, rule, actual, expected);
                    refused for the test files (${TEST_FILES.join(', ')})
  --rules r=sev,... override rule severities (error|warning|info|off), e.g. unsupported-sentence=warning
  --seed DIR        folder with the seed case draft.md + article.txt (default: ../shared/seed)
  -h, --help        this text`;

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    dataDir: path.join(__dirname, '..', '..', 'shared', 'data'),
    seedDir: path.join(__dirname, '..', '..', 'shared', 'seed'),
    files: [...DEV_FILES, ...TEST_FILES],
    filesExplicit: false,
    limit: null,
    jsonOut: null,
    showFlags: 0,
    rules: {},
  };
  const nonNegInt = (flag: string, v: string): number => {
    if (!/^\d+$/.test(v)) throw new UsageError(`${flag} expects a non-negative integer, got "${v}"`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = (): string => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} expects a value`);
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
      case '--data':
        opts.dataDir = path.resolve(next());
        break;
      case '--seed':
        opts.seedDir = path.resolve(next());
        break;
      case '--files': {
        const names = next().split(',').map(s => s.trim().replace(/\.jsonl$/, '')).filter(Boolean);
        if (names.length === 0) throw new UsageError('--files expects at least one name');
        opts.files = [...new Set(names)];
        opts.filesExplicit = true;
        break;
      }
      case '--limit': {
        const n = nonNegInt(arg, next());
        if (n === 0) throw new UsageError('--limit must be at least 1');
        opts.limit = n;
        break;
      }
      case '--json':
        opts.jsonOut = path.resolve(next());
        break;
      case '--show-flags':
        opts.showFlags = nonNegInt(arg, next());
        break;
      case '--rules':
        for (const item of next().split(',').map(s => s.trim()).filter(Boolean)) {
          const [rule, sev] = item.split('=').map(s => s.trim());
          if (!isRuleId(rule)) throw new UsageError(`--rules: unknown rule "${rule}" (rules: ${RULE_IDS.join(', ')})`);
          if (sev !== 'error' && sev !== 'warning' && sev !== 'info' && sev !== 'off') {
            throw new UsageError(`--rules: severity of ${rule} must be error|warning|info|off, got "${sev}"`);
          }
          opts.rules[rule] = sev;
        }
        break;
      default:
        throw new UsageError(`unknown argument "${argv[i]}"`);
    }
  }
  // Keep the dev → test → other order, and the user's order within each group.
  const rank: Record<Split, number> = { dev: 0, test: 1, other: 2 };
  opts.files = opts.files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[splitOf(a.f)] - rank[splitOf(b.f)] || a.i - b.i)
    .map(x => x.f);
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// Engine with a per-run source cache

interface Timing {
  indexMs: number;
  checkMs: number;
  sourcesIndexed: number;
  sourcesReused: number;
}

/** Indexes each distinct source text once per run; a source whose indexing threw keeps its error. */
class SourceCache {
  private readonly cache = new Map<string, { index: SourceIndex } | { error: unknown }>();

  get(text: string, timing: Timing): SourceIndex {
    let entry = this.cache.get(text);
    if (entry === undefined) {
      const t0 = performance.now();
      try {
        entry = { index: indexSources([{ path: 'source.txt', text, kind: 'plaintext' }]) };
      } catch (e) {
        entry = { error: e };
      }
      timing.indexMs += performance.now() - t0;
      timing.sourcesIndexed++;
      this.cache.set(text, entry);
    } else {
      timing.sourcesReused++;
    }
    if ('error' in entry) throw new Error(`indexSources: ${errorMessage(entry.error)}`);
    return entry.index;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sample flags (dev files only)

interface FlagSample {
  id: string;
  inconsistent: boolean;
  rule: string;
  severity: string;
  actual: string;
  expected: string | undefined;
  excerpt: string;
  evidence: string | undefined;
  /** Overlaps a human span; null when the pair has no located span. */
  spanHit: boolean | null;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** The draft sentence around a finding, with the finding's words marked »like this«. */
function excerptOf(draft: string, f: Finding, result: CheckResult): string {
  const sent = result.sentences.find(s => s.span.start <= f.span.start && f.span.start < s.span.end);
  const sentStart = sent ? sent.span.start : 0;
  const sentEnd = sent ? Math.max(sent.span.end, f.span.end) : draft.length;
  // Keep long sentences readable: at most ~120 characters either side of the finding.
  const start = Math.max(sentStart, f.span.start - 120);
  const end = Math.min(sentEnd, f.span.end + 120);
  const ws = (s: string) => s.replace(/\s+/g, ' ');
  const text = `${ws(draft.slice(start, f.span.start))}»${ws(draft.slice(f.span.start, f.span.end))}«${ws(draft.slice(f.span.end, end))}`.trim();
  return `${start > sentStart ? '…' : ''}${text}${end < sentEnd ? '…' : ''}`;
}

/** Up to k items spread evenly over `items` (deterministic). */
function spread<T>(items: readonly T[], k: number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items];
  return Array.from({ length: k }, (_, i) => items[Math.floor((i * items.length) / k)]);
}

/** Half false alarms (flags on consistent pairs), half flags on inconsistent pairs, topped up from the other side. */
function pickSamples(all: readonly FlagSample[], n: number): FlagSample[] {
  const fa = all.filter(s => !s.inconsistent);
  const tp = all.filter(s => s.inconsistent);
  let nFa = Math.min(fa.length, Math.ceil(n / 2));
  const nTp = Math.min(tp.length, n - nFa);
  nFa = Math.min(fa.length, n - nTp);
  return [...spread(fa, nFa), ...spread(tp, nTp)];
}

function printSamples(samples: readonly FlagSample[]): void {
  samples.forEach((s, i) => {
    const kind = s.inconsistent ? 'on inconsistent pair' : 'FALSE ALARM (consistent pair)';
    const hit = s.spanHit === null ? '' : s.spanHit ? ', hits a human span' : ', misses the human spans';
    console.log(`  [${i + 1}] ${s.id}: ${kind}${hit}`);
    console.log(`      ${s.rule} (${s.severity}): actual ${JSON.stringify(s.actual)} → expected ${s.expected === undefined ? '—' : JSON.stringify(s.expected)}`);
    console.log(`      draft:    ${clip(s.excerpt, 300)}`);
    if (s.evidence !== undefined) console.log(`      evidence: ${clip(s.evidence, 200)}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// One file

interface FileReport {
  file: string;
  split: Split;
  publishedFloor: number | null;
  metrics: FileMetrics;
  target: TargetResult | null;
  seconds: number;
  indexSeconds: number;
  checkSeconds: number;
  pairsPerSecond: number | null;
  sourcesIndexed: number;
  sourcesReused: number;
  crashes: Crash[];
}

function runFile(file: string, records: EvalRecord[], cache: SourceCache, opts: Options): FileReport {
  const split = splitOf(file);
  const timing: Timing = { indexMs: 0, checkMs: 0, sourcesIndexed: 0, sourcesReused: 0 };
  const collectSamples = opts.showFlags > 0 && split !== 'test';
  const samples: FlagSample[] = [];
  const progress = process.stderr.isTTY;
  let done = 0;
  console.log(`== ${file} ==`);

  const t0 = performance.now();
  const { outcomes, crashes } = runPairs(
    records,
    (r): FindingLike[] => {
      if (progress && ++done % 25 === 0) process.stderr.write(`\r  ${file}: ${done}/${records.length}`);
      const index = cache.get(r.source, timing);
      const tc = performance.now();
      let result: CheckResult;
      try {
        result = checkDraft(r.draft, index, { kind: 'plaintext', rules: opts.rules });
      } finally {
        timing.checkMs += performance.now() - tc;
      }
      if (collectSamples) {
        const human = locatedHumanSpans(r.draft, r.spans);
        for (const f of result.findings) {
          if (!isFlagging(f.severity)) continue;
          samples.push({
            id: r.id,
            inconsistent: r.label === 'inconsistent',
            rule: f.rule,
            severity: f.severity,
            actual: f.actual,
            expected: f.expected,
            excerpt: excerptOf(r.draft, f, result),
            evidence: f.evidence[0]?.quote.replace(/\s+/g, ' ').trim(),
            spanHit: human.length > 0 ? overlapsAny(f.span, human) : null,
          });
        }
      }
      return result.findings;
    },
    crash => {
      if (progress) process.stderr.write('\r\x1b[K');
      console.log(`  CRASH ${crash.id}: ${crash.message}`);
    },
  );
  const ms = performance.now() - t0;
  if (progress) process.stderr.write('\r\x1b[K');

  const metrics = computeFileMetrics(outcomes, RULE_IDS);
  const publishedFloor = PUBLISHED_FLOOR[file] ?? null;
  const report: FileReport = {
    file,
    split,
    publishedFloor,
    metrics,
    target: split === 'dev' ? evaluateTargets(metrics, publishedFloor) : null,
    seconds: ms / 1000,
    indexSeconds: timing.indexMs / 1000,
    checkSeconds: timing.checkMs / 1000,
    pairsPerSecond: ms > 0 ? records.length / (ms / 1000) : null,
    sourcesIndexed: timing.sourcesIndexed,
    sourcesReused: timing.sourcesReused,
    crashes,
  };
  printFile(report);
  if (opts.showFlags > 0) {
    if (split === 'test') {
      console.log(`  --show-flags: refused for ${file}, a test file: its individual records are never printed (we must not tune to them).`);
    } else {
      console.log(`  sample flags (${Math.min(opts.showFlags, samples.length)} of ${samples.length} error/warning flags):`);
      if (samples.length === 0) console.log('  (none)');
      printSamples(pickSamples(samples, opts.showFlags));
    }
  }
  console.log('');
  return report;
}

function printFile(rep: FileReport): void {
  const m = rep.metrics;
  const c = m.confusion;
  console.log(`  pairs ${m.pairs}, inconsistent ${m.inconsistent}, consistent ${m.consistent}` +
    (m.crashed > 0 ? `, crashed ${m.crashed} (left out of the engine's figures)` : ''));
  console.log(`  flagged ${m.flagged} (TP ${c.tp}, FP ${c.fp}, TN ${c.tn}, FN ${c.fn})`);
  console.log(`  balanced accuracy ${fmtRatio(m.balancedAccuracy)} | TPR ${fmtRatio(m.tpr)} | ` +
    `false alarms ${fmtRatio(m.falseAlarmRate)} (${fmtPercent(m.falseAlarmRate)}, ${c.fp}/${c.fp + c.tn} consistent pairs)`);
  console.log(`  span precision ${m.hasLocatedSpans
    ? `${fmtRatio(m.spanPrecision)} (${m.spanHits}/${m.spanFlags} error/warning flags on the ${m.pairsWithSpans} pairs with located spans overlap a human span)`
    : 'n/a (no located human spans in this file)'}`);
  console.log(`  naive floor: balanced accuracy ${fmtRatio(m.naive.balancedAccuracy)} computed here (flags ${m.naive.flagged}), ` +
    `${rep.publishedFloor === null ? 'no published value' : `${rep.publishedFloor.toFixed(3)} published`}`);
  console.log(`  time ${rep.seconds.toFixed(1)}s (index ${rep.indexSeconds.toFixed(1)}s for ${rep.sourcesIndexed} new sources, ` +
    `${rep.sourcesReused} reused; check ${rep.checkSeconds.toFixed(1)}s), ` +
    `${rep.pairsPerSecond === null ? 'n/a' : rep.pairsPerSecond.toFixed(1)} pairs/s`);
  if (rep.crashes.length > 0) console.log(`  crashes: ${rep.crashes.length}`);
  if (m.perRule.length === 0) {
    console.log('  rules: no findings');
    return;
  }
  const headers = ['rule', 'sev', 'flags', 'on incons.', 'pairs', 'pair prec.'];
  if (m.hasLocatedSpans) headers.push('span flags', 'span hits', 'span prec.');
  const rows = m.perRule.map(r => {
    const row: (string | number)[] = [r.rule, r.severities.join('/'), r.flags, r.flagsOnInconsistent, r.pairs, fmtRatio(r.pairPrecision)];
    if (m.hasLocatedSpans) row.push(r.spanFlags, r.spanHits, fmtRatio(r.spanPrecision));
    return row;
  });
  const align = headers.map((_, i) => (i < 2 ? 'left' : 'right') as 'left' | 'right');
  console.log(indent(formatTable(headers, rows, align), '  '));
}

function indent(s: string, pre: string): string {
  return s.split('\n').map(l => pre + l).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Seed case

interface SeedReport {
  found: boolean;
  errorWarningFindings: number;
  findings: Array<{ rule: string; severity: string; actual: string; expected?: string }>;
  crashed: string | null;
  pass: boolean;
}

function runSeed(opts: Options): SeedReport {
  const draftPath = path.join(opts.seedDir, 'draft.md');
  const articlePath = path.join(opts.seedDir, 'article.txt');
  console.log('== seed case ==');
  if (!fs.existsSync(draftPath) || !fs.existsSync(articlePath)) {
    console.log(`  not found (${draftPath}, ${articlePath}): skipped`);
    return { found: false, errorWarningFindings: 0, findings: [], crashed: null, pass: false };
  }
  const draft = fs.readFileSync(draftPath, 'utf8');
  const article = fs.readFileSync(articlePath, 'utf8');
  try {
    const index = indexSources([{ path: 'article.txt', text: article, kind: 'plaintext' }]);
    const result: CheckResult = checkDraft(draft, index, { kind: 'markdown', rules: opts.rules });
    const flagged = result.findings.filter(f => isFlagging(f.severity));
    console.log(`  draft.md against article.txt: ${flagged.length} error/warning findings (target 0): ${flagged.length === 0 ? 'PASS' : 'FAIL'}`);
    for (const f of flagged) {
      console.log(`    ${f.rule} (${f.severity}): actual ${JSON.stringify(f.actual)} → expected ${f.expected === undefined ? '—' : JSON.stringify(f.expected)}`);
    }
    return {
      found: true,
      errorWarningFindings: flagged.length,
      findings: flagged.map(f => ({ rule: f.rule, severity: f.severity, actual: f.actual, expected: f.expected })),
      crashed: null,
      pass: flagged.length === 0,
    };
  } catch (e) {
    const message = errorMessage(e);
    console.log(`  CRASH seed: ${message}`);
    return { found: true, errorWarningFindings: 0, findings: [], crashed: message, pass: false };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Summary

function printSummary(reports: readonly FileReport[], seed: SeedReport): void {
  console.log('== summary ==');
  const headers = ['file', 'split', 'pairs', 'incons.', 'flagged', 'bal. acc.', 'floor (pub.)', 'floor (here)', 'TPR',
    'false alarms', 'span prec.', 'crashes', `FA ≤ ${(MAX_FALSE_ALARM_RATE * 100).toFixed(0)}%`, 'BA > floor', 'target'];
  const pf = (b: boolean) => (b ? 'PASS' : 'FAIL');
  const rows = reports.map(r => {
    const m = r.metrics;
    return [
      r.file, r.split, m.pairs, m.inconsistent, m.flagged, fmtRatio(m.balancedAccuracy),
      r.publishedFloor === null ? 'n/a' : r.publishedFloor.toFixed(3), fmtRatio(m.naive.balancedAccuracy),
      fmtRatio(m.tpr), fmtPercent(m.falseAlarmRate), m.hasLocatedSpans ? fmtRatio(m.spanPrecision) : 'n/a', r.crashes.length,
      r.target ? pf(r.target.falseAlarmOk) : '-', r.target ? pf(r.target.beatsFloor) : '-', r.target ? pf(r.target.pass) : '-',
    ];
  });
  const align = headers.map((_, i) => (i < 2 ? 'left' : 'right') as 'left' | 'right');
  console.log(indent(formatTable(headers, rows, align), '  '));
  const dev = reports.filter(r => r.target);
  if (dev.length > 0) {
    const passed = dev.filter(r => r.target!.pass).length;
    console.log(`  dev targets (false alarms ≤ ${(MAX_FALSE_ALARM_RATE * 100).toFixed(0)}% and balanced accuracy above the published ` +
      `naive floor): ${passed}/${dev.length} files PASS${passed === dev.length ? '' : ` (FAIL: ${dev.filter(r => !r.target!.pass).map(r => r.file).join(', ')})`}`);
  }
  console.log(`  seed case: ${!seed.found ? 'not found' : seed.crashed ? 'CRASHED' : `${seed.errorWarningFindings} error/warning findings, ${seed.pass ? 'PASS' : 'FAIL'}`}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function main(): number {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`eval: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  if (opts.showFlags > 0 && opts.filesExplicit) {
    const asked = opts.files.filter(f => splitOf(f) === 'test');
    if (asked.length > 0) {
      console.error(`eval: refusing --show-flags for the test file(s) ${asked.join(', ')}: their individual records are never ` +
        'printed, so that nobody tunes the rules to them. Run them without --show-flags.');
      return 2;
    }
  }

  if (!fs.existsSync(opts.dataDir) || !fs.statSync(opts.dataDir).isDirectory()) {
    console.error(`eval: data folder not found: ${opts.dataDir}\n` +
      'It should hold the annotated JSONL files (see shared/data/README.md). Pass another folder with --data DIR.');
    return 2;
  }
  const missing = opts.files.filter(f => !fs.existsSync(path.join(opts.dataDir, `${f}.jsonl`)));
  if (missing.length > 0) {
    const have = fs.readdirSync(opts.dataDir).filter(n => n.endsWith('.jsonl')).map(n => n.slice(0, -6));
    console.error(`eval: missing in ${opts.dataDir}: ${missing.map(f => f + '.jsonl').join(', ')}\n` +
      `available: ${have.length > 0 ? have.join(', ') : '(no .jsonl files)'}`);
    return 2;
  }

  console.log(`Grounded eval: data ${opts.dataDir}` + (opts.limit !== null ? `, first ${opts.limit} pairs per file` : '') +
    (Object.keys(opts.rules).length > 0 ? `, rules ${Object.entries(opts.rules).map(([k, v]) => `${k}=${v}`).join(',')}` : ''));
  console.log('Pair flagged = any finding of severity error or warning; draft and source are checked as plain text.\n');

  const cache = new SourceCache();
  const reports: FileReport[] = [];
  let heading: Split | null = null;
  for (const file of opts.files) {
    const split = splitOf(file);
    if (split !== heading) {
      console.log(`${'='.repeat(20)} ${SPLIT_HEADING[split]} ${'='.repeat(20)}\n`);
      heading = split;
    }
    let records: EvalRecord[];
    try {
      records = parseJsonl(fs.readFileSync(path.join(opts.dataDir, `${file}.jsonl`), 'utf8'), `${file}.jsonl`);
    } catch (e) {
      console.error(`eval: cannot read ${file}.jsonl: ${errorMessage(e)}`);
      return 2;
    }
    if (opts.limit !== null) records = records.slice(0, opts.limit);
    reports.push(runFile(file, records, cache, opts));
  }

  const seed = runSeed(opts);
  console.log('');
  printSummary(reports, seed);

  const crashCount = reports.reduce((n, r) => n + r.crashes.length, 0) + (seed.crashed ? 1 : 0);
  console.log(`  crashes: ${crashCount}${crashCount > 0 ? ' (exit code 1)' : ''}`);

  if (opts.jsonOut) {
    const out = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      dataDir: opts.dataDir,
      options: { files: opts.files, limit: opts.limit, rules: opts.rules },
      pairFlagged: 'any finding of severity error or warning',
      maxFalseAlarmRate: MAX_FALSE_ALARM_RATE,
      files: reports,
      seed,
      crashes: crashCount,
      devTargets: {
        files: reports.filter(r => r.target).length,
        pass: reports.filter(r => r.target?.pass).length,
      },
    };
    fs.mkdirSync(path.dirname(opts.jsonOut), { recursive: true });
    fs.writeFileSync(opts.jsonOut, JSON.stringify(out, null, 2) + '\n');
    console.log(`  figures written to ${opts.jsonOut}`);
  }
  return crashCount > 0 ? 1 : 0;
}

// `npm run eval | head` closes stdout early: stop quietly instead of dying on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main();
