// The `grounded` command line: `grounded check [files...]` checks drafts against their sources.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version as packageVersion } from '../../../package.json';
import { checkDraft, indexSources, type Finding, type Range } from '../engine';
import { ConfigError, loadConfig, loadConfigFile, type GroundedConfig } from '../workspace/config';
import { documentKind, loadSourceDocs, planDraftSources, type SourceText } from '../workspace/draftSources';
import type { FrontMatterError } from '../workspace/frontMatter';
import { UsageError, excludeSources, expandDraftArgs } from '../workspace/globs';
import { readTextFile, TextFileError } from '../workspace/readTextFile';
import type { ResolvedSources } from '../workspace/resolveSources';
import { findWorkspaceRoot, toDisplayPath } from '../workspace/workspaceRoot';
import { formatReport } from './formats';
import type { FileReport, ReportFinding, RunReport } from './report';

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
  -q, --quiet           report only error-severity findings
      --no-color        no colors in the output (also: NO_COLOR=1)
  -h, --help            show this help

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
}

/** Runs the CLI on `argv` (without the node and script paths) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
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
  const color = !values['no-color'] && !io.env.NO_COLOR && (io.stdoutIsTTY || (!!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'));
  return check(files, {
    io,
    format: format as Format,
    color,
    quiet: values.quiet ?? false,
    sources: values.source ?? [],
    configFile: values.config,
  });
}

interface CheckCommand {
  io: CliIo;
  format: Format;
  color: boolean;
  quiet: boolean;
  sources: string[];
  configFile?: string;
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

function check(fileArgs: string[], cmd: CheckCommand): number {
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
  const drafts = excludeSources(candidates, [...plans.values()].flatMap(p => p.resolved?.sources ?? []));

  // 4. Check each draft, reading each source once and indexing each distinct set of sources once.
  const sourceErrors = new Map<string, { reason: string; drafts: string[] }>();
  const indexes = new Map<string, ReturnType<typeof indexSources>>();
  for (const { path: file } of drafts) {
    const plan = plans.get(file)!;
    if ('error' in plan.read) {
      fail(plan.display, plan.read.error.reason);
      continue;
    }
    const fileReport: FileReport = { path: plan.display, sources: [], findings: [] };
    if (plan.frontMatterError) {
      fail(plan.display, plan.frontMatterError.message);
      fileReport.findings.push(sourceError(plan.frontMatterError.message, plan.frontMatterError.range));
      report.files.push(fileReport);
      continue;
    }
    const resolved = plan.resolved!;
    fileReport.sources = resolved.sources.map(shown);
    if (resolved.problems.length > 0) {
      // A problem of a --source or a config entry is the same for every draft using it: it is reported once,
      // against the command line or the config file; one of the front matter, against the draft.
      const where = resolved.origin === 'cli' ? undefined : resolved.origin === 'config' ? configDisplay : plan.display;
      for (const p of resolved.problems) {
        fail(where, p.message);
        fileReport.findings.push(sourceError(p.message, p.range ?? ZERO_RANGE));
      }
      report.files.push(fileReport);
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
      if (!cmd.quiet) report.files.push(fileReport);
      else report.files.push({ ...fileReport, findings: [] });
      continue;
    }
    const { docs, failures } = loadSourceDocs(resolved, read, shown);
    for (const failure of failures) {
      const entry = sourceErrors.get(failure.source) ?? { reason: failure.reason, drafts: [] };
      entry.drafts.push(plan.display);
      sourceErrors.set(failure.source, entry);
      fileReport.findings.push(sourceError(failure.message, failure.range ?? ZERO_RANGE));
    }
    if (failures.length > 0) {
      report.files.push(fileReport);
      continue;
    }
    try {
      const key = resolved.sources.join('\0');
      let index = indexes.get(key);
      if (!index) {
        index = indexSources(docs);
        indexes.set(key, index);
      }
      const result = checkDraft(plan.read.text, index, { kind: documentKind(file), rules: config.rules });
      fileReport.findings = result.findings
        .map(f => toReportFinding(f, config))
        .filter((f): f is ReportFinding => f !== undefined && (!cmd.quiet || f.severity === 'error'));
      fileReport.sentences = {
        total: result.sentences.length,
        supported: result.sentences.filter(s => s.supported).length,
      };
    } catch (e) {
      fail(plan.display, `internal error while checking: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    report.files.push(fileReport);
  }
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

function toReportFinding(f: Finding, config: GroundedConfig): ReportFinding | undefined {
  // The engine applies `rules` itself; applying them again here keeps the report right whatever it does.
  const setting = config.rules[f.rule];
  if (setting === 'off') return undefined;
  const finding: ReportFinding = {
    rule: f.rule,
    severity: setting ?? f.severity,
    message: f.message,
    range: f.range,
    actual: f.actual,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    evidence: f.evidence.map(e => ({ source: e.source, quote: e.quote, range: e.range })),
  };
  return finding;
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

if (require.main === module) {
  // EPIPE (the reader went away, as with `| head`) is not our error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: text => void process.stdout.write(text),
    stderr: text => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
  });
}
