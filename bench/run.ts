// `npm run bench`: measures Grounded against the performance targets and prints a table per target with PASS/FAIL,
// then writes every figure to bench/results.json (git-ignored) so runs can be compared. It asserts nothing: the
// exit code is 0 whatever the figures (2 on bad arguments).
//
//   npm run bench -- [--only edit,index,throughput,growth,cli,memory,startup] [--runs N] [--quick] [--out FILE]
//
// In-process figures are medians of --runs runs (default 5). Inputs come from bench/corpus.ts: real news articles
// from ../shared/data when it is there, else variations of sample/article.txt.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { checkDraft, indexSources, prepareLookups, type SourceDoc } from '../server/src/engine';
import { fileUri, LspClient } from '../test/lsp/lspClient';
import { rng } from '../test/fixtures/random';
import { articles, draftMarkdown, REPO, sourceDocs, sourceText, wordCount } from './corpus';
import { SERVER_ENV } from '../client/src/serverEnv';
import { IDLE_COLLECT_MS } from '../server/src/lsp/idleCollect';

// ---------------------------------------------------------------------------------------------------------------
// Arguments

const SECTIONS = ['edit', 'index', 'throughput', 'growth', 'cli', 'memory', 'startup'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  only: Set<Section>;
  runs: number;
  quick: boolean;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { only: new Set(SECTIONS), runs: 5, quick: false, out: path.join(REPO, 'bench/results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--only') {
      const names = value().split(',').map(s => s.trim()).filter(Boolean);
      for (const n of names) if (!(SECTIONS as readonly string[]).includes(n)) usage(`unknown section "${n}"; use ${SECTIONS.join(', ')}`);
      opts.only = new Set(names as Section[]);
    } else if (a === '--runs') {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs needs a positive integer');
    } else if (a === '--quick') opts.quick = true;
    else if (a === '--out') opts.out = path.resolve(value());
    else usage(`unknown argument "${a}"`);
  }
  return opts;
}

function usage(message: string): never {
  console.error(`bench: ${message}\nusage: npm run bench -- [--only ${SECTIONS.join(',')}] [--runs N] [--quick] [--out FILE]`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

interface Figure {
  section: Section;
  target: string;
  /** The measured value, in `unit`. */
  value: number;
  unit: string;
  /** The target's limit (value must be ≤ limit), when the figure has one. */
  limit?: number;
  pass?: boolean;
  details?: Record<string, unknown>;
}

const figures: Figure[] = [];

function figure(f: Omit<Figure, 'pass'>): Figure {
  const full: Figure = { ...f, pass: f.limit === undefined ? undefined : f.value <= f.limit };
  figures.push(full);
  return full;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtValue = (f: Figure) => `${f.unit === 'ms' ? fmt(f.value) : f.unit === 'MB' ? f.value.toFixed(1) : f.value.toFixed(2)} ${f.unit}`;

function table(title: string, rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => (r[c] ?? '').length)));
  console.log(`\n== ${title} ==`);
  rows.forEach((r, i) => {
    console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log('  ' + widths.map(w => '-'.repeat(w)).join('  '));
  });
}

function printFigures(section: Section): void {
  const rows = [['target', 'measured', 'limit', 'result']];
  for (const f of figures.filter(x => x.section === section)) {
    rows.push([f.target, fmtValue(f), f.limit === undefined ? '' : `${f.unit === 'ms' ? fmt(f.limit) : f.limit} ${f.unit}`, f.pass === undefined ? '' : f.pass ? 'PASS' : 'FAIL']);
  }
  table(section, rows);
}

const asDocs = (docs: Array<{ path: string; text: string }>): SourceDoc[] => docs.map(d => ({ ...d, kind: 'plaintext' as const }));

// ---------------------------------------------------------------------------------------------------------------
// Workspaces on disk (for the server and the CLI)

function tempWorkspace(name: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `grounded-bench-${name}-`)));
}

function writeSources(ws: string, docs: Array<{ path: string; text: string }>): void {
  fs.mkdirSync(path.join(ws, 'sources'), { recursive: true });
  for (const d of docs) fs.writeFileSync(path.join(ws, d.path), d.text);
}

function writeConfig(ws: string): void {
  fs.writeFileSync(path.join(ws, '.grounded.json'), JSON.stringify({ sources: { 'drafts/**/*.md': ['sources/*.txt'] } }));
}

function build(): void {
  execFileSync(process.execPath, [path.join(REPO, 'scripts/build.mjs')], { cwd: REPO, stdio: 'inherit' });
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

// ---------------------------------------------------------------------------------------------------------------
// The server sections start dist/server.js with the variables the VS Code client adds to its environment
// (client/src/serverEnv.ts: MALLOC_ARENA_MAX=2), as the client starts it; an editor starting the server itself
// over stdio does not set them.
//
// Edit latency: through the real server over stdio, didChange → publishDiagnostics, debounce 0.

/** LSP position of `offset` in `text`. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

async function benchEdit(opts: Options): Promise<void> {
  const draftWords = 5000;
  const sourceWords = opts.quick ? 20_000 : 100_000;
  // Each run starts its own server: the figures are the medians of the runs' p95 and p50.
  const runs: Array<Awaited<ReturnType<typeof editSession>>> = [];
  for (let r = 0; r < opts.runs; r++) runs.push(await editSession(opts, draftWords, sourceWords));
  const p95s = runs.map(x => x.p95);
  figure({
    section: 'edit',
    target: `one-character edit → diagnostics, p95 (${draftWords} words, ${sourceWords / 1000}k words of sources, stdio)`,
    value: median(p95s),
    unit: 'ms',
    limit: 10,
    details: { runs: p95s, p50s: runs.map(x => x.p50), max: runs.map(x => x.max), edits: runs[0].edits, firstCheckMs: runs.map(x => x.firstMs), draftChars: runs[0].draftChars, rssMB: runs.map(x => x.rssMB) },
  });
  figure({ section: 'edit', target: 'one-character edit → diagnostics, p50', value: median(runs.map(x => x.p50)), unit: 'ms' });
  figure({ section: 'edit', target: 'first check of the draft after opening (index + full check)', value: median(runs.map(x => x.firstMs)), unit: 'ms' });
}

/** One server, one draft: the first check, then typing at several places (the first 10 edits warm up). */
async function editSession(opts: Options, draftWords: number, sourceWords: number): Promise<{ p95: number; p50: number; max: number; edits: number; firstMs: number; draftChars: number; rssMB: number }> {
  const ws = tempWorkspace('edit');
  const docs = sourceDocs(sourceWords);
  writeSources(ws, docs);
  writeConfig(ws);
  fs.mkdirSync(path.join(ws, 'drafts'));
  let text = draftMarkdown(draftWords, docs, 11, false);
  const file = path.join(ws, 'drafts/feature.md');
  fs.writeFileSync(file, text);
  const env = { ...SERVER_ENV, ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}) };
  const { client } = await LspClient.start(ws, { initializationOptions: { settings: { debounceMs: 0 } }, env });
  client.settings = { debounceMs: 0 };
  try {
    const t0 = performance.now();
    await client.openOnly(file, text);
    await client.diagnosticsFor(fileUri(file), 1, 600_000);
    const firstMs = performance.now() - t0;
    // Typing: at each of several places inside a word, several one-character insertions in a row.
    const rand = rng(5);
    const letters = [...text.matchAll(/[a-z]{4,}/g)].map(m => m.index! + 2);
    const edits = opts.quick ? 30 : 100;
    const perPlace = 5;
    const latencies: number[] = [];
    let at = 0;
    for (let k = 0; k < edits + 10; k++) {
      if (k % perPlace === 0) at = letters[Math.floor(rand() * letters.length)] + Math.floor(k / perPlace); // earlier insertions shift later offsets a little
      const ch = 'etaoinshr'[k % 9];
      const pos = positionAt(text, at);
      const change: TextDocumentContentChangeEvent = { range: { start: pos, end: pos }, text: ch };
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      const s = performance.now();
      const version = await client.change(file, [change]);
      await client.diagnosticsFor(fileUri(file), version, 120_000);
      if (k >= 10) latencies.push(performance.now() - s); // the first 10: warm-up
    }
    const rss = rssOf(client.child.pid!);
    return { p95: percentile(latencies, 95), p50: median(latencies), max: Math.max(...latencies), edits: latencies.length, firstMs, draftChars: text.length, rssMB: rss.rss };
  } finally {
    await client.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}


// ---------------------------------------------------------------------------------------------------------------
// Cold index: 1 MB of source text. The index reads each sentence's words when built and its claims (numbers, dates,
// names, quotations) when first asked for: the first check after it pays for the claims of the sentences it asks
// about, and for every sentence's once it needs a whole-source lookup. So the figures are the index alone, the
// index and the first check of a 5,000-word draft written from those sources, and the index with every lookup
// prepared (prepareLookups, which a server runs once idle: what an index that read every claim up front cost).

function benchIndex(opts: Options): void {
  let text = sourceText(200_000);
  text = text.slice(0, 1_000_000);
  const docs: SourceDoc[] = [{ path: 'dossier.txt', text, kind: 'plaintext' }];
  const draft = draftMarkdown(5000, docs, 13);
  const times: number[] = [];
  const firstChecks: number[] = [];
  const prepared: number[] = [];
  let sentences = 0;
  for (let r = 0; r < opts.runs; r++) {
    const { ms, result } = time(() => indexSources(docs));
    times.push(ms);
    sentences = result.sentences.length;
    firstChecks.push(ms + time(() => checkDraft(draft, result)).ms);
    prepared.push(time(() => prepareLookups(indexSources(docs))).ms);
  }
  figure({ section: 'index', target: `cold index of 1 MB of source text (${wordCount(text)} words, ${sentences} sentences)`, value: median(times), unit: 'ms', limit: 250, details: { runs: times } });
  figure({ section: 'index', target: `  then the first check of a ${wordCount(draft)}-word draft (index + check)`, value: median(firstChecks), unit: 'ms', details: { runs: firstChecks } });
  figure({ section: 'index', target: '  index + prepareLookups (every claim read, every lookup built)', value: median(prepared), unit: 'ms', details: { runs: prepared } });
}

// ---------------------------------------------------------------------------------------------------------------
// Throughput: a 200k-word draft against 200k words of sources, and markdownlint on the same draft.

async function benchThroughput(opts: Options): Promise<void> {
  const words = opts.quick ? 50_000 : 200_000;
  const docs = asDocs(sourceDocs(words));
  const draft = draftMarkdown(words, docs, 3);
  const totals: number[] = [];
  const indexTimes: number[] = [];
  const checkTimes: number[] = [];
  let findings = 0;
  let sentences = 0;
  for (let r = 0; r < opts.runs; r++) {
    const t0 = performance.now();
    const index = indexSources(docs);
    const t1 = performance.now();
    const result = checkDraft(draft, index);
    const t2 = performance.now();
    indexTimes.push(t1 - t0);
    checkTimes.push(t2 - t1);
    totals.push(t2 - t0);
    findings = result.findings.length;
    sentences = result.sentences.length;
  }
  const { lint } = (await import('markdownlint/sync')) as { lint: (o: { strings: Record<string, string> }) => Record<string, unknown[]> };
  const lintTimes: number[] = [];
  let lintIssues = 0;
  for (let r = 0; r < Math.min(opts.runs, 5); r++) {
    const { ms, result } = time(() => lint({ strings: { draft } }));
    lintTimes.push(ms);
    lintIssues = result.draft.length;
  }
  const total = median(totals);
  figure({
    section: 'throughput',
    target: `${words / 1000}k-word draft against ${words / 1000}k words of sources (index + check)`,
    value: total,
    unit: 'ms',
    limit: 1000,
    details: { runs: totals, indexMs: median(indexTimes), checkMs: median(checkTimes), draftChars: draft.length, draftWords: wordCount(draft), sentences, findings },
  });
  figure({ section: 'throughput', target: '  of which indexing the sources (their words)', value: median(indexTimes), unit: 'ms' });
  figure({ section: 'throughput', target: '  of which checking the draft (and reading the sources\' claims)', value: median(checkTimes), unit: 'ms' });
  figure({ section: 'throughput', target: `markdownlint ${markdownlintVersion()} (all default rules) on the same draft`, value: median(lintTimes), unit: 'ms', details: { runs: lintTimes, issues: lintIssues } });
  figure({ section: 'throughput', target: 'Grounded time / markdownlint time', value: total / median(lintTimes), unit: '×', limit: 1 });
}

function markdownlintVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/markdownlint/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Growth: time against draft size and against source size.

function benchGrowth(opts: Options): void {
  const sizes = opts.quick ? [1_000, 10_000, 50_000] : [1_000, 5_000, 20_000, 50_000, 100_000, 200_000];
  const fixed = 20_000;
  const runs = Math.min(opts.runs, opts.quick ? 1 : 3);
  const fixedDocs = asDocs(sourceDocs(fixed));
  const fixedIndex = indexSources(fixedDocs);
  const rows = [['words', 'check draft (20k sources)', 'ms/1k words', 'index sources', 'ms/1k words', 'check 20k draft against them', 'ms/1k words']];
  const draftSeries: number[] = [];
  const indexSeries: number[] = [];
  const sourceSeries: number[] = [];
  const fixedDraft = draftMarkdown(fixed, fixedDocs, 21);
  for (const n of sizes) {
    const draft = draftMarkdown(n, fixedDocs, 20);
    const tDraft = median(Array.from({ length: runs }, () => time(() => checkDraft(draft, fixedIndex)).ms));
    const docs = asDocs(sourceDocs(n));
    const tIndex = median(Array.from({ length: runs }, () => time(() => indexSources(docs)).ms));
    const index = indexSources(docs);
    // The draft is written from the fixed sources: against a bigger index it has more candidates to weigh.
    const tSource = median(Array.from({ length: runs }, () => time(() => checkDraft(fixedDraft, index)).ms));
    draftSeries.push(tDraft);
    indexSeries.push(tIndex);
    sourceSeries.push(tSource);
    const per = (t: number) => (t / (n / 1000)).toFixed(2);
    rows.push([String(n), fmt(tDraft), per(tDraft), fmt(tIndex), per(tIndex), fmt(tSource), (tSource / (fixed / 1000)).toFixed(2)]);
  }
  table('growth (ms)', rows);
  // Growth exponent between the two largest sizes that are ≥ 10x apart: 1 is linear, 2 quadratic.
  const exponent = (series: number[]) => {
    const hi = sizes.length - 1;
    let lo = 0;
    for (let i = 0; i < hi; i++) if (sizes[hi] / sizes[i] >= 10) lo = i;
    return Math.log(series[hi] / series[lo]) / Math.log(sizes[hi] / sizes[lo]);
  };
  const span = `${sizes[sizes.length - 1] / 1000}k`;
  figure({ section: 'growth', target: `check time vs draft size, growth exponent up to ${span} words (1 = linear)`, value: exponent(draftSeries), unit: '', limit: 1.2, details: { sizes, ms: draftSeries } });
  figure({ section: 'growth', target: `index time vs source size, growth exponent up to ${span} words`, value: exponent(indexSeries), unit: '', limit: 1.2, details: { sizes, ms: indexSeries } });
  // Check time against source size: each sentence's BM25 candidates grow with the sources, so this grows, but
  // sub-linearly in practice; the exponent is printed, the limit is linear.
  figure({ section: 'growth', target: `check time (20k-word draft) vs source size, growth exponent up to ${span}`, value: exponent(sourceSeries), unit: '', limit: 1.2, details: { sizes, ms: sourceSeries } });
}

// ---------------------------------------------------------------------------------------------------------------
// CLI: many drafts sharing one source set; workers, shards.

function cliHelp(): string {
  return spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'check', '--help'], { encoding: 'utf8' }).stdout;
}

function runCli(ws: string, args: string[]): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'check', ...args], {
    cwd: ws,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function benchCli(opts: Options): void {
  const drafts = opts.quick ? 200 : 1000;
  const sourceWords = opts.quick ? 10_000 : 50_000;
  const ws = tempWorkspace('cli');
  try {
    const docs = sourceDocs(sourceWords);
    writeSources(ws, docs);
    writeConfig(ws);
    fs.mkdirSync(path.join(ws, 'drafts'));
    let draftWords = 0;
    for (let i = 0; i < drafts; i++) {
      const d = draftMarkdown(300, docs, 1000 + i, false);
      draftWords += wordCount(d);
      fs.writeFileSync(path.join(ws, `drafts/d${String(i).padStart(4, '0')}.md`), d);
    }
    const help = cliHelp();
    const hasJobs = help.includes('--jobs');
    const hasShard = help.includes('--shard');
    const runs = Math.min(opts.runs, opts.quick ? 1 : 3);
    const single = hasJobs ? ['--jobs', '1'] : [];
    const singleRuns = Array.from({ length: runs }, () => runCli(ws, ['--format', 'json', ...single]));
    const ref = singleRuns[0];
    const label = `${drafts} drafts (${Math.round(draftWords / 1000)}k words) sharing ${sourceWords / 1000}k words of sources`;
    figure({ section: 'cli', target: `${label}, one thread`, value: median(singleRuns.map(r => r.ms)), unit: 'ms', details: { exit: ref.status } });
    if (hasJobs) {
      // Workers on every core, asked for: without --jobs the CLI picks one thread on 2 cores (parallel.ts).
      const par = Array.from({ length: runs }, () => runCli(ws, ['--format', 'json', '--jobs', String(os.availableParallelism())]));
      const same = par.every(r => r.stdout === ref.stdout);
      figure({ section: 'cli', target: `${label}, workers (${os.availableParallelism()} cores)`, value: median(par.map(r => r.ms)), unit: 'ms', details: { identicalJson: same } });
      figure({ section: 'cli', target: 'speed-up of the workers over one thread', value: median(singleRuns.map(r => r.ms)) / median(par.map(r => r.ms)), unit: '×' });
      figure({ section: 'cli', target: 'worker output identical to one thread (1 = yes)', value: same ? 1 : 0, unit: '' });
    }
    if (hasShard) {
      const n = 4;
      const files: unknown[] = [];
      let shardMs = 0;
      for (let i = 1; i <= n; i++) {
        const r = runCli(ws, ['--format', 'json', '--shard', `${i}/${n}`]);
        shardMs = Math.max(shardMs, r.ms);
        files.push(...(JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files);
      }
      const merged = (files as Array<{ path: string }>).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const whole = JSON.parse(ref.stdout) as { files: unknown[] };
      const same = JSON.stringify(merged) === JSON.stringify(whole.files);
      figure({ section: 'cli', target: `slowest of ${n} shards (--shard i/${n})`, value: shardMs, unit: 'ms' });
      figure({ section: 'cli', target: `union of ${n} shards equals one run (1 = yes)`, value: same ? 1 : 0, unit: '' });
    }
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Memory: the server with 10 MB of sources and 20 open drafts.

async function benchMemory(opts: Options): Promise<void> {
  const megabytes = opts.quick ? 2 : 10;
  const ws = tempWorkspace('memory');
  try {
    let docs: Array<{ path: string; text: string }> = [];
    let bytes = 0;
    for (let words = megabytes * 160_000; bytes < megabytes * 1e6; words += 50_000) {
      docs = sourceDocs(words);
      bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
    }
    writeSources(ws, docs);
    writeConfig(ws);
    fs.mkdirSync(path.join(ws, 'drafts'));
    const { client } = await LspClient.start(ws, { initializationOptions: { settings: { debounceMs: 0 } }, env: SERVER_ENV });
    client.settings = { debounceMs: 0 };
    try {
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) {
        const file = path.join(ws, `drafts/d${i}.md`);
        const text = draftMarkdown(2000, docs.slice(i * 10), 300 + i, false);
        fs.writeFileSync(file, text);
        await client.openOnly(file, text);
        await client.diagnosticsFor(fileUri(file), 1, 900_000);
      }
      const ms = performance.now() - t0;
      const { rss, peak } = rssOf(client.child.pid!);
      figure({
        section: 'memory',
        target: `server RSS, ${(bytes / 1e6).toFixed(1)} MB of sources (${docs.length} files), 20 open drafts`,
        value: rss,
        unit: 'MB',
        limit: 200,
        details: { peakMB: peak, sourceBytes: bytes, openAllMs: ms },
      });
      figure({ section: 'memory', target: '  peak RSS while indexing and checking', value: peak, unit: 'MB' });
      // At rest: the server collects its garbage when it has been idle for a while after checks (idleCollect.ts).
      await new Promise(resolve => setTimeout(resolve, IDLE_COLLECT_MS + 1500));
      figure({ section: 'memory', target: `  RSS at rest (${(IDLE_COLLECT_MS + 1500) / 1000} s after the last diagnostics)`, value: rssOf(client.child.pid!).rss, unit: 'MB' });
    } finally {
      await client.stop();
    }
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Start-up: a server process started to the first diagnostics of the seed draft.

async function benchStartup(opts: Options): Promise<void> {
  const times: number[] = [];
  const loads: number[] = [];
  for (let r = 0; r < opts.runs; r++) {
    const ws = tempWorkspace('startup');
    try {
      for (const f of ['article.txt', 'draft.md']) fs.copyFileSync(path.join(REPO, 'sample', f), path.join(ws, f));
      const t0 = performance.now();
      const { client } = await LspClient.start(ws, { initializationOptions: { settings: { debounceMs: 0 } }, env: SERVER_ENV });
      try {
        const draft = path.join(ws, 'draft.md');
        await client.openOnly(draft, fs.readFileSync(draft, 'utf8'));
        await client.diagnosticsFor(fileUri(draft), 1, 60_000);
        times.push(performance.now() - t0);
      } finally {
        await client.stop();
      }
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
    // Loading the server bundle alone (node start-up + module evaluation), for the breakdown.
    const s = performance.now();
    await new Promise<void>(resolve => {
      const child = spawn(process.execPath, [path.join(REPO, 'dist/server.js'), '--version'], { stdio: 'ignore' });
      child.on('exit', () => resolve());
    });
    loads.push(performance.now() - s);
  }
  figure({ section: 'startup', target: 'server start → first diagnostics on sample/draft.md (stdio)', value: median(times), unit: 'ms', limit: 500, details: { runs: times } });
  figure({ section: 'startup', target: '  of which starting node and loading dist/server.js', value: median(loads), unit: 'ms' });
  const size = fs.statSync(path.join(REPO, 'dist/server.bundle.js')).size;
  figure({ section: 'startup', target: 'dist/server.bundle.js size', value: size / 1e6, unit: 'MB' });
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const { origin, texts } = articles();
  console.log(`grounded bench: node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ` +
    `corpus: ${origin === 'shared-data' ? `${texts.length} articles from ../shared/data` : 'synthetic (sample/article.txt varied)'}` +
    `${opts.quick ? ', --quick' : ''}, runs: ${opts.runs}`);
  if (opts.only.has('edit') || opts.only.has('cli') || opts.only.has('memory') || opts.only.has('startup')) build();
  const order: Array<[Section, (o: Options) => void | Promise<void>]> = [
    ['startup', benchStartup],
    ['index', benchIndex],
    ['throughput', benchThroughput],
    ['growth', benchGrowth],
    ['edit', benchEdit],
    ['cli', benchCli],
    ['memory', benchMemory],
  ];
  for (const [name, fn] of order) {
    if (!opts.only.has(name)) continue;
    const t0 = performance.now();
    try {
      await fn(opts);
    } catch (e) {
      console.error(`bench: ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
      figure({ section: name, target: `${name}: failed (${e instanceof Error ? e.message.slice(0, 200) : String(e)})`, value: NaN, unit: '', limit: 0 });
    }
    printFigures(name);
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const withLimit = figures.filter(f => f.pass !== undefined);
  console.log(`\n== summary ==\n  ${withLimit.filter(f => f.pass).length}/${withLimit.length} targets PASS` +
    (withLimit.some(f => !f.pass) ? ` (FAIL: ${withLimit.filter(f => !f.pass).map(f => f.section).filter((s, i, a) => a.indexOf(s) === i).join(', ')})` : ''));
  const out = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { node: process.version, cores: os.availableParallelism(), cpu: os.cpus()[0]?.model, totalMemMB: Math.round(os.totalmem() / 1048576) },
    corpus: origin,
    runs: opts.runs,
    quick: opts.quick,
    figures,
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(out, null, 2) + '\n');
  console.log(`  figures written to ${path.relative(process.cwd(), opts.out) || opts.out}`);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
