// Decides which source files a draft is checked against.
//
// Precedence (the first that names any source wins; they are never merged):
//   1. `--source` on the command line (repeatable, relative to the current folder): for every draft of the run;
//   2. the draft's front matter `sources:` (a path or a list, relative to the draft's folder);
//   3. `.grounded.json` "sources": the UNION of the sources of every draft glob the draft matches (so a general
//      "drafts/**/*.md" entry and a more specific "drafts/eu/*.md" entry both apply; with "first match wins" the
//      order of keys in a JSON object would silently matter).
// Every entry may be a glob, expanded against the file system; a glob matching nothing is a problem, a plain path
// that does not exist is kept (reading it then reports "no such file").
//
// Sources must stay inside the workspace root: an entry that leaves it (an absolute path, `..`, or a symlink whose
// target is outside; real paths are compared) is refused unless the config sets "allowOutsideWorkspace": true.
// A draft in a repository could otherwise quote ~/.ssh/id_rsa into a report that is published by CI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Range } from '../engine/types';
import type { GroundedConfig } from './config';
import type { FrontMatter } from './frontMatter';
import { GlobCache } from './globCache';
import { expandGlob, isGlobPattern } from './globs';
import { CONFIG_FILE_NAME, toDisplayPath } from './workspaceRoot';

export type SourceOrigin = 'cli' | 'front-matter' | 'config';

/** A source entry that cannot be used: refused (outside the workspace) or a glob matching no file. */
export interface SourceProblem {
  kind: 'outside-workspace' | 'no-match';
  /** The entry as written (the matched file, for a glob whose match is refused). */
  spec: string;
  message: string;
  /** Where the entry is written in the draft's front matter. */
  range?: Range;
}

export interface ResolvedSources {
  /** Where the sources came from; undefined when nothing names any. */
  origin?: SourceOrigin;
  /** Absolute paths, sorted, deduplicated, never the draft itself, none refused. Files may not exist. */
  sources: string[];
  /** Entries that were refused or matched nothing. A caller should not check the draft against a partial list. */
  problems: SourceProblem[];
  /** When `sources` and `problems` are both empty: why, as a message for the user. */
  reason?: string;
  /** Per source, where its entry is written in the front matter (origin 'front-matter' only). */
  ranges: Map<string, Range>;
}

export interface ResolveSourcesOptions {
  config: GroundedConfig;
  /** `--source` values, relative to `cwd`. A non-empty list overrides everything else. */
  cliSources?: readonly string[];
  /** Folder the CLI sources are relative to; defaults to process.cwd(). */
  cwd?: string;
  /** The draft's parsed front matter, if it has one. */
  frontMatter?: FrontMatter;
  /** Glob expansions to reuse across the drafts of one run (key: base folder + NUL + glob), or kept between checks
   *  and checked against the file system before each reuse (GlobCache). Without it, a config glob shared by
   *  thousands of drafts would walk the file system once per draft. */
  globCache?: Map<string, string[]> | GlobCache;
}

interface Entry {
  spec: string;
  baseDir: string;
  range?: Range;
}

/** The sources of `draft` (a path, made absolute against process.cwd()). */
export function resolveSources(draft: string, options: ResolveSourcesOptions): ResolvedSources {
  const { config } = options;
  const draftAbs = path.resolve(draft);
  const draftDisplay = toDisplayPath(config.root, draftAbs);
  let origin: SourceOrigin | undefined;
  let entries: Entry[] = [];
  if (options.cliSources && options.cliSources.length > 0) {
    origin = 'cli';
    const cwd = options.cwd ?? process.cwd();
    entries = options.cliSources.map(spec => ({ spec, baseDir: cwd }));
  } else if (options.frontMatter?.sources && options.frontMatter.sources.length > 0) {
    origin = 'front-matter';
    entries = options.frontMatter.sources.map(s => ({ spec: s.path, baseDir: path.dirname(draftAbs), range: s.range }));
  } else {
    const specs = configSourceSpecs(config, draftAbs);
    if (specs.length > 0) {
      origin = 'config';
      entries = specs.map(spec => ({ spec, baseDir: config.root }));
    }
  }

  const result: ResolvedSources = { origin, sources: [], problems: [], ranges: new Map() };
  if (origin === undefined) {
    result.reason = noSourcesMessage(draftDisplay);
    return result;
  }
  const rootReal = realPath(config.root);
  const draftReal = realPath(draftAbs);
  const seen = new Set<string>();
  for (const entry of entries) {
    const glob = isGlobPattern(entry.spec) && !fs.existsSync(path.resolve(entry.baseDir, entry.spec));
    const files = glob ? cachedGlob(entry.spec, entry.baseDir, options.globCache) : [path.resolve(entry.baseDir, entry.spec)];
    if (glob && files.length === 0) {
      result.problems.push({
        kind: 'no-match',
        spec: entry.spec,
        message: `no files match the source glob ${entry.spec}`,
        range: entry.range,
      });
      continue;
    }
    for (const file of files) {
      const real = realPath(file);
      if (real === draftReal) continue; // a draft is never its own source
      if (!config.allowOutsideWorkspace && !isInside(rootReal, real)) {
        const spec = glob ? toDisplayPath(config.root, file) : entry.spec;
        result.problems.push({ kind: 'outside-workspace', spec, message: outsideMessage(spec, file, real, config), range: entry.range });
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      result.sources.push(file);
      if (entry.range) result.ranges.set(file, entry.range);
    }
  }
  result.sources.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (result.sources.length === 0 && result.problems.length === 0) result.reason = noSourcesMessage(draftDisplay);
  return result;
}

/** The source globs the config gives for `draft`: the union over every draft glob it matches, in file order. */
export function configSourceSpecs(config: GroundedConfig, draft: string): string[] {
  const rel = toDisplayPath(config.root, draft);
  const specs: string[] = [];
  for (const mapping of config.sources) {
    if (!picomatch.isMatch(rel, mapping.draftGlob, { dot: true, windows: false })) continue;
    for (const spec of mapping.sourceGlobs) if (!specs.includes(spec)) specs.push(spec);
  }
  return specs;
}

function cachedGlob(spec: string, baseDir: string, cache: Map<string, string[]> | GlobCache | undefined): string[] {
  if (!cache) return expandGlob(spec, baseDir);
  if (cache instanceof GlobCache) return cache.expand(spec, baseDir);
  const key = `${path.resolve(baseDir)}\0${spec}`;
  let files = cache.get(key);
  if (!files) {
    files = expandGlob(spec, baseDir);
    cache.set(key, files);
  }
  return files;
}

export function noSourcesMessage(draftDisplay: string): string {
  return `no sources for ${draftDisplay}: add \`sources:\` front matter, a ${CONFIG_FILE_NAME} entry, or --source`;
}

/** Whether `file` lies inside `root` once symlinks are resolved (in both). */
export function isInsideWorkspace(root: string, file: string): boolean {
  return isInside(realPath(root), realPath(file));
}

function isInside(rootReal: string, real: string): boolean {
  const rel = path.relative(rootReal, real);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

function outsideMessage(spec: string, file: string, real: string, config: GroundedConfig): string {
  const configName = config.file ? path.basename(config.file) : CONFIG_FILE_NAME;
  const via = path.resolve(file) !== real && isInside(realPath(config.root), realPath(path.dirname(file)))
    ? ` (it links to ${real})`
    : '';
  return `source ${spec} is outside the workspace ${config.root}${via}; ` +
    `set "allowOutsideWorkspace": true in ${configName} to allow it`;
}

/** The real path of `file`; for a missing file, the real path of its nearest existing ancestor joined with the
 *  rest, so that `link-to-outside/missing.txt` is still seen as outside. */
function realPath(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    if (parent === abs) return abs;
    return path.join(realPath(parent), path.basename(abs));
  }
}
