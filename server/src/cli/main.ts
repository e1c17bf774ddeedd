// The `grounded` command line: `grounded check [files...]` checks drafts against their sources.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { version as packageVersion } from '../../../package.json';
import type { Range } from '../engine';
import { ConfigError, loadConfig, loadConfigFile, type GroundedConfig } from '../workspace/config';
import { documentKind, loadSourceDocs, planDraftSources, type SourceText } from '../workspace/draftSources';
import type { SourceDoc } from '../engine/types';
import type { FrontMatterError } from '../workspace/frontMatter';
import { UsageError, excludeSources, expandDraftArgs } from '../workspace/globs';
import { readTextFile, TextFileError } from '../workspace/readTextFile';
import type { ResolvedSources } from '../workspace/resolveSources';
import { findWorkspaceRoot, toDisplayPath } from '../workspace/workspaceRoot';
import { formatReport } from './formats';
import { checkBatch, defaultThreads, IndexCache, makeBatches, Pool, workerMain, WORKER_MARK, type Batch, type CheckSettings, type DraftOutcome, type DraftTask } from './parallel';
import { Progress, wantsProgress } from './progress';
import type { FileReport, ReportFinding, RunReport } from './report';
import { setCheckV8Flags } from './v8Flags';

export const VERSION: string = packageVersion;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: grounded check [files, folders or globs...] [options]
       grounded --help | --version
`;

const HELP = `grounded ${VERSION}: checks a draft against its source articles and flags numbers, names, dates and
quotes that the sources contradict or don't support.

${USAGE}
Commands:
  check         check drafts (run "grounded check --help" for its options)

Options:
  -h, --help    show this help
  -v, --version print the version
`;

const CHECK_HELP = `${USAGE}
Checks drafts (Markdown or plain text) against their sources.

Files:
  a file        checked whatever its extension (.md and .markdown are read as Markdown, others as plain text)
  a folder      the Markdown files under it (node_modules and dot-folders skipped)
  a glob        the files it matches; quote it ("drafts/**/*.md") so that ** works in every shell
  none          the drafts named by the "sources" keys of .grounded.json, else all Markdown in the workspace
A file that is a source of another draft of the run is not checked itself unless named by its own path.

Options:
  -f, --format <name>   stylish (default), json, sarif or github
  -s, --source <file>   check every draft against this source (repeatable; a glob is allowed); overrides the
                        sources named in front matter and in .grounded.json
  -c, --config <file>   use this config file instead of .grounded.json; its folder is the workspace root
  -q, --quiet           report only error-severity findings (and no progress bar)
      --no-color        no colors in the output (also: NO_COLOR=1)
  -j, --jobs <n>        check on n threads (1: no worker threads; default: one per 250 drafts, up to one
                        fewer than the cores)
      --shard <i/n>     check only the i-th of n parts of the drafts (1 <= i <= n), for a CI matrix; the
                        n parts together give the findings of one run
  -h, --help            show this help

On a terminal (not in CI, not with --quiet), a progress bar is shown on stderr.

Sources of a draft, first found wins:
  1. --source options
  2. the draft's front matter:   ---
                                 sources: [../sources/article.txt]   (relative to the draft's folder)
                                 ---
  3. .grounded.json:  {"sources": {"drafts/**/*.md": ["sources/*.txt"]}}   (relative to the workspace root)
The workspace root is the nearest folder upwards holding .grounded.json, else the git top level, else the
current folder. Sources outside it are refused unless .grounded.json sets "allowOutsideWorkspace": true.

Exit codes: 0 no error-level finding, 1 at least one error-level finding, 2 usage or file error.
`;

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colors by default). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress bar); false when not given. */
  stderrIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** The script worker threads start from (this bundle); without it, drafts are checked in the calling thread. */
  workerScript?: string;
}

/** Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        source: { type: 'string', short: 's', multiple: true },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`grounded: ${describeParseError(e)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === 'help') {
    if (values.help || command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    io.stderr(`grounded: missing command\n\n${USAGE}Run "grounded --help" for more.\n`);
    return 2;
  }
  if (command !== 'check') {
    io.stderr(`grounded: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(`grounded: unknown format "${format}"; use ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}\n\n${USAGE}`);
    return 2;
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.jobs)) {
      io.stderr(`grounded: --jobs needs a positive number of threads, not "${values.jobs}"\n\n${USAGE}`);
      return 2;
    }
    jobs = Number(values.jobs);
  }
  let shard: Shard = { index: 1, count: 1 };
  if (values.shard !== undefined) {
    const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(values.shard);
    if (!m || Number(m[1]) > Number(m[2])) {
      io.stderr(`grounded: --shard needs i/n with 1 <= i <= n (e.g. --shard 2/4), not "${values.shard}"\n\n${USAGE}`);
      return 2;
    }
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const color = !values['no-color'] && !io.env.NO_COLOR && (io.stdoutIsTTY || (!!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'));
  return check(files, {
    io,
    format: format as Format,
    color,
    quiet: values.quiet ?? false,
    sources: values.source ?? [],
    configFile: values.config,
    jobs,
    shard,
  });
}

/** The part of the drafts a run checks: the drafts (sorted by path, as always) whose position is index-1 mod count. */
interface Shard {
  index: number;
  count: number;
}

interface CheckCommand {
  io: CliIo;
  format: Format;
  color: boolean;
  quiet: boolean;
  sources: string[];
  configFile?: string;
  /** Threads; undefined: chosen by the number of drafts (defaultThreads). */
  jobs: number | undefined;
  shard: Shard;
}

type ReadResult = SourceText;

interface DraftPlan {
  file: string;
  display: string;
  read: ReadResult;
  frontMatterError?: FrontMatterError;
  resolved?: ResolvedSources;
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function check(fileArgs: string[], cmd: CheckCommand): Promise<number> {
  const { io } = cmd;
  const cwd = io.cwd;
  const report: RunReport = { root: cwd, files: [], errors: [] };
  const reported = new Set<string>();
  const fail = (where: string | undefined, message: string) => {
    const key = `${where ?? ''}\0${message}`;
    if (reported.has(key)) return; // e.g. one refused --source, shared by every draft
    reported.add(key);
    report.errors.push(where === undefined ? { message } : { path: where, message });
    io.stderr(`grounded: ${where === undefined ? '' : `${where}: `}${message}\n`);
  };

  // 1. The workspace and its config.
  let config: GroundedConfig;
  try {
    if (cmd.configFile !== undefined) {
      const file = path.resolve(cwd, cmd.configFile);
      report.root = path.dirname(file);
      config = loadConfigFile(file, { displayPath: cmd.configFile });
    } else {
      report.root = findWorkspaceRoot(cwd);
      config = loadConfig(report.root, { displayPath: '.grounded.json' });
    }
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    fail(e.file, e.reason);
    return finish(report, cmd);
  }
  const root = config.root;
  report.root = root;
  const shown = (file: string) => toDisplayPath(root, file);
  const displayPaths = new Map<string, string>();
  const memoShown = (file: string) => {
    let d = displayPaths.get(file);
    if (d === undefined) displayPaths.set(file, (d = shown(file)));
    return d;
  };
  const configDisplay = config.file ? shown(config.file) : '.grounded.json';

  // 2. The drafts.
  let candidates;
  try {
    candidates = expandDraftArgs(fileArgs, { cwd, config });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`grounded: ${e.message}\n`);
    return 2;
  }

  // Worker threads, started now when there are enough drafts to pay for them (each loads the bundle while this
  // thread reads and plans the drafts).
  const settings: CheckSettings = { rules: config.rules, quiet: cmd.quiet };
  const perShard = candidates.length / cmd.shard.count;
  const jobs = cmd.jobs ?? defaultThreads(perShard);
  const pool = jobs > 1 && io.workerScript && perShard >= MIN_DRAFTS_FOR_WORKERS
    ? new Pool(io.workerScript, settings, Math.min(jobs, Math.ceil(perShard / 8)))
    : undefined;
  try {
    return await checkDrafts(candidates, cmd, { io, config, report, fail, shown: memoShown, configDisplay, cwd, root, settings, pool });
  } finally {
    await pool?.close();
  }
}

/**
 * Runs `fn` with real paths looked up once per path: resolving a draft's sources checks each against the
 * workspace root through its real path, and a run of 1,000 drafts sharing 100 sources would otherwise make
 * 100,000 lookups (a second of the run). Files do not move during a run; the lookup is restored afterwards.
 */
function withRealpathCache<T>(fn: () => T): T {
  const native = fs.realpathSync.native;
  const cache = new Map<string, string>();
  const cached = ((p: fs.PathLike, options?: unknown) => {
    if (typeof p !== 'string' || options !== undefined) return native(p, options as BufferEncoding);
    let r = cache.get(p);
    if (r === undefined) cache.set(p, (r = native(p)));
    return r;
  }) as typeof native;
  fs.realpathSync.native = cached;
  try {
    return fn();
  } finally {
    fs.realpathSync.native = native;
  }
}

/** Below this many drafts, starting worker threads (about 0.3 s each to load) costs more than it saves. */
const MIN_DRAFTS_FOR_WORKERS = 16;

interface RunContext {
  io: CliIo;
  config: GroundedConfig;
  report: RunReport;
  fail: (where: string | undefined, message: string) => void;
  shown: (file: string) => string;
  configDisplay: string;
  cwd: string;
  root: string;
  settings: CheckSettings;
  pool: Pool | undefined;
}

async function checkDrafts(candidates: ReturnType<typeof expandDraftArgs>, cmd: CheckCommand, ctx: RunContext): Promise<number> {
  const { io, config, report, fail, shown, configDisplay, cwd, settings, pool } = ctx;
  // 3. Read every candidate and resolve its sources; drop candidates that are sources of others.
  const texts = new Map<string, ReadResult>();
  const read = (file: string): ReadResult => {
    let r = texts.get(file);
    if (!r) {
      try {
        r = { text: readTextFile(file, { displayPath: shown(file) }) };
      } catch (e) {
        if (!(e instanceof TextFileError)) throw e;
        r = { error: e };
      }
      texts.set(file, r);
    }
    return r;
  };
  const plans = new Map<string, DraftPlan>();
  const globCache = new Map<string, string[]>();
  withRealpathCache(() => {
    for (const c of candidates) {
      const plan: DraftPlan = { file: c.path, display: shown(c.path), read: read(c.path) };
      plans.set(c.path, plan);
      if ('error' in plan.read) continue;
      const planned = planDraftSources(c.path, plan.read.text, { config, cliSources: cmd.sources, cwd, globCache });
      if ('frontMatterError' in planned) {
        plan.frontMatterError = planned.frontMatterError;
        continue;
      }
      plan.resolved = planned.resolved;
    }
  });
  const drafts = excludeSources(candidates, [...plans.values()].flatMap(p => p.resolved?.sources ?? [])).filter(
    (_, i) => i % cmd.shard.count === cmd.shard.index - 1,
  );

  // 4. Plan each draft, reading each source once; the drafts to check are grouped by their set of sources (each
  //    set is indexed once per thread). What a draft reports is kept in order, so that the report is the same
  //    whatever the number of threads.
  const sourceErrors = new Map<string, { reason: string; drafts: string[] }>();
  interface Planned {
    fileReport?: FileReport;
    /** fail() calls of this draft, in order. */
    fails: Array<[string | undefined, string]>;
  }
  const planned: Planned[] = [];
  const groups = new Map<string, { docs: SourceDoc[]; drafts: DraftTask[] }>();
  for (const { path: file } of drafts) {
    const plan = plans.get(file)!;
    const entry: Planned = { fails: [] };
    planned.push(entry);
    if ('error' in plan.read) {
      entry.fails.push([plan.display, plan.read.error.reason]);
      continue;
    }
    const fileReport: FileReport = { path: plan.display, sources: [], findings: [] };
    entry.fileReport = fileReport;
    if (plan.frontMatterError) {
      entry.fails.push([plan.display, plan.frontMatterError.message]);
      fileReport.findings.push(sourceError(plan.frontMatterError.message, plan.frontMatterError.range));
      continue;
    }
    const resolved = plan.resolved!;
    fileReport.sources = resolved.sources.map(shown);
    if (resolved.problems.length > 0) {
      // A problem of a --source or a config entry is the same for every draft using it: it is reported once,
      // against the command line or the config file; one of the front matter, against the draft.
      const where = resolved.origin === 'cli' ? undefined : resolved.origin === 'config' ? configDisplay : plan.display;
      for (const p of resolved.problems) {
        entry.fails.push([where, p.message]);
        fileReport.findings.push(sourceError(p.message, p.range ?? ZERO_RANGE));
      }
      continue;
    }
    if (resolved.sources.length === 0) {
      fileReport.findings.push({
        rule: 'no-sources',
        severity: 'warning',
        message: resolved.reason ?? `no sources for ${plan.display}`,
        range: ZERO_RANGE,
        evidence: [],
      });
      if (cmd.quiet) fileReport.findings = [];
      continue;
    }
    const { docs, failures } = loadSourceDocs(resolved, read, shown);
    for (const failure of failures) {
      const e = sourceErrors.get(failure.source) ?? { reason: failure.reason, drafts: [] };
      e.drafts.push(plan.display);
      sourceErrors.set(failure.source, e);
      fileReport.findings.push(sourceError(failure.message, failure.range ?? ZERO_RANGE));
    }
    if (failures.length > 0) continue;
    const key = resolved.sources.join('\0');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { docs, drafts: [] }));
    group.drafts.push({ id: planned.length - 1, text: plan.read.text, kind: documentKind(file) });
  }

  // 5. Check: in the worker threads when there are enough drafts to check, else here.
  const tasks = [...groups.values()].reduce((n, g) => n + g.drafts.length, 0);
  const threads = pool && tasks >= MIN_DRAFTS_FOR_WORKERS ? pool.size : 1;
  const outcomes = new Map<number, DraftOutcome>();
  const progress = wantsProgress({ env: io.env, stderrIsTTY: io.stderrIsTTY === true, quiet: cmd.quiet }) && tasks > 0
    ? new Progress(io.stderr, tasks, io.columns)
    : undefined;
  const record = (o: DraftOutcome) => {
    outcomes.set(o.id, o);
    progress?.update(outcomes.size);
  };
  const batches: Batch[] = [];
  for (const [key, g] of groups) batches.push(...makeBatches(key, g.docs, g.drafts, Math.max(1, threads)));
  try {
    if (pool && threads > 1) {
      await pool.run(batches, record);
    } else {
      const cache = new IndexCache();
      for (const b of batches) for (const o of checkBatch(b, settings, cache)) record(o);
    }
  } finally {
    progress?.done();
  }

  // 6. The report, in the order of the drafts.
  planned.forEach((entry, id) => {
    for (const [where, message] of entry.fails) fail(where, message);
    const fileReport = entry.fileReport;
    if (!fileReport) return;
    const o = outcomes.get(id);
    if (o && 'error' in o) {
      fail(fileReport.path, o.error);
      return;
    }
    if (o) {
      fileReport.findings = o.findings;
      fileReport.sentences = o.sentences;
    }
    report.files.push(fileReport);
  });
  for (const [source, { reason, drafts: users }] of sourceErrors) {
    const more = users.length > 3 ? ` and ${users.length - 3} more` : '';
    fail(shown(source), `${reason} (a source of ${users.slice(0, 3).join(', ')}${more})`);
  }
  return finish(report, cmd);
}

function finish(report: RunReport, cmd: CheckCommand): number {
  let out: string;
  try {
    out = formatReport(report, cmd.format, { color: cmd.color });
  } catch (e) {
    cmd.io.stderr(`grounded: internal error while writing the ${cmd.format} report: ${e instanceof Error ? e.stack : String(e)}\n`);
    return 2;
  }
  if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  if (out.length > 0) cmd.io.stdout(out);
  if (report.errors.length > 0) return 2;
  return report.files.some(f => f.findings.some(x => x.severity === 'error')) ? 1 : 0;
}

function sourceError(message: string, range: Range): ReportFinding {
  return { rule: 'source-error', severity: 'error', message, range, evidence: [] };
}

function describeParseError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return quoted && /argument missing/.test(err.message) ? `option ${quoted.replace(/ <value>$/, '')} needs a value` : err.message;
    default:
      return err.message ?? String(e);
  }
}

const data = workerData as { mark?: string; settings?: CheckSettings } | undefined;
if (!isMainThread && data?.mark === WORKER_MARK && parentPort) {
  workerMain(parentPort, data.settings!);
} else if (require.main === module) {
  setCheckV8Flags();
  // EPIPE (the reader went away, as with `| head`) is not our error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: text => void process.stdout.write(text),
    stderr: text => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    workerScript: __filename,
  }).then(
    code => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`grounded: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
