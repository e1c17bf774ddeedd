// Loads and validates `.grounded.json`:
//   {
//     "sources": { "drafts/**/*.md": ["sources/*.txt"], "notes/a.md": "sources/a.txt" },
//     "rules": { "unsupported-sentence": "off", "name-mismatch": "warning" },
//     "allowOutsideWorkspace": false
//   }
// `sources` keys are draft globs relative to the workspace root; values are a source glob or a list of them, also
// relative to the root. `rules` sets a rule's severity or turns it off.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS, isRuleId } from '../engine/rules';
import type { RuleId, RuleSetting } from '../engine/types';
import { readTextFile, TextFileError } from './readTextFile';
import { CONFIG_FILE_NAME } from './workspaceRoot';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];
const TOP_LEVEL_KEYS = ['sources', 'rules', 'allowOutsideWorkspace'] as const;

/** One entry of the `sources` map. */
export interface SourceMapping {
  /** Glob of drafts, relative to the workspace root, forward slashes. */
  draftGlob: string;
  /** Globs (or plain paths) of their sources, relative to the workspace root. */
  sourceGlobs: string[];
}

export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

export interface GroundedConfig {
  /** Absolute path of the workspace root the config's paths are relative to. */
  root: string;
  /** Absolute path of the config file, or undefined when there is none (defaults). */
  file?: string;
  /** In the order of the file. */
  sources: SourceMapping[];
  rules: RuleSettings;
  allowOutsideWorkspace: boolean;
}

/** A config file that cannot be used. `message` is `<file>: <reason>`; `reason` reads on its own after the file. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    /** The config file as it should be shown. */
    readonly file: string,
    readonly reason: string,
    /** 1-based line and column of a JSON syntax error. */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function defaultConfig(root: string): GroundedConfig {
  return { root: path.resolve(root), sources: [], rules: {}, allowOutsideWorkspace: false };
}

/** The config of a workspace: `<root>/.grounded.json` if it exists, else the defaults. Throws ConfigError. */
export function loadConfig(root: string, options: { displayPath?: string } = {}): GroundedConfig {
  const file = path.join(path.resolve(root), CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) return defaultConfig(root);
  return loadConfigFile(file, { ...options, root });
}

/** Loads a config from an explicit path (`--config FILE`); its folder is the workspace root unless `root` is
 *  given. Throws ConfigError, also when the file is missing or unreadable. */
export function loadConfigFile(file: string, options: { root?: string; displayPath?: string } = {}): GroundedConfig {
  const abs = path.resolve(file);
  const display = options.displayPath ?? file;
  let text: string;
  try {
    text = readTextFile(abs, { displayPath: display, maxBytes: 1024 * 1024 });
  } catch (e) {
    if (e instanceof TextFileError) throw new ConfigError(display, e.reason);
    throw e;
  }
  return parseConfig(text, { file: abs, displayPath: display, root: options.root ?? path.dirname(abs) });
}

/** Parses and validates config text. Throws ConfigError naming `displayPath` (default: the file's base name). */
export function parseConfig(text: string, where: { root: string; file?: string; displayPath?: string }): GroundedConfig {
  const display = where.displayPath ?? (where.file ? path.basename(where.file) : CONFIG_FILE_NAME);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const { offset, problem } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    throw new ConfigError(display, `invalid JSON at line ${line}, column ${column}: ${problem}`, line, column);
  }
  const fail = (reason: string): never => {
    throw new ConfigError(display, reason);
  };
  if (!isPlainObject(json)) return fail(`must be a JSON object like {"sources": {...}, "rules": {...}}, not ${describe(json)}`);

  const config = defaultConfig(where.root);
  config.file = where.file === undefined ? undefined : path.resolve(where.file);
  for (const key of Object.keys(json)) {
    if (key === '$schema') continue;
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      fail(`unknown key "${key}"; allowed keys: ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }

  if (json.sources !== undefined) {
    if (!isPlainObject(json.sources)) {
      fail(`"sources" must map draft globs to source globs, like {"drafts/**/*.md": ["sources/*.txt"]}, not ${describe(json.sources)}`);
    }
    for (const [draftGlob, value] of Object.entries(json.sources as Record<string, unknown>)) {
      const at = `"sources" › "${draftGlob}"`;
      if (draftGlob.trim() === '') fail(`"sources" has an empty draft glob`);
      if (path.isAbsolute(draftGlob) || /^[A-Za-z]:[\\/]/.test(draftGlob)) {
        fail(`${at}: draft globs are relative to the workspace root (${config.root}), not absolute`);
      }
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.length === 0 || !list.every(v => typeof v === 'string' && v.trim() !== '')) {
        fail(`${at} must be a source glob or a non-empty list of source globs, not ${describe(value)}`);
      }
      config.sources.push({ draftGlob: toSlashes(stripDotSlash(draftGlob)), sourceGlobs: (list as string[]).map(toSlashes) });
    }
  }

  if (json.rules !== undefined) {
    if (!isPlainObject(json.rules)) {
      fail(`"rules" must map rule ids to ${RULE_SETTINGS.join('|')}, like {"unsupported-sentence": "off"}, not ${describe(json.rules)}`);
    }
    for (const [rule, setting] of Object.entries(json.rules as Record<string, unknown>)) {
      if (!isRuleId(rule)) fail(`unknown rule "${rule}" in "rules"; known rules: ${RULE_IDS.join(', ')}`);
      if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
        fail(`"rules" › "${rule}" is ${describe(setting)}; allowed values: ${RULE_SETTINGS.join(', ')}`);
      }
      config.rules[rule as RuleId] = setting as RuleSetting;
    }
  }

  if (json.allowOutsideWorkspace !== undefined) {
    if (typeof json.allowOutsideWorkspace !== 'boolean') {
      fail(`"allowOutsideWorkspace" must be true or false, not ${describe(json.allowOutsideWorkspace)}`);
    }
    config.allowOutsideWorkspace = json.allowOutsideWorkspace as boolean;
  }
  return config;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function stripDotSlash(p: string): string {
  return p.replace(/^(\.\/)+/, '');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds where and why `text` is not JSON (JSON.parse's messages do not always give a position). A small
 *  strict RFC 8259 scanner, only run once JSON.parse has failed. */
export function locateJsonError(text: string): { offset: number; problem: string } {
  let i = 0;
  class Stop {
    constructor(readonly offset: number, readonly problem: string) {}
  }
  const show = (at: number) => (at >= text.length ? 'end of file' : JSON.stringify(text[at]));
  const expected = (what: string): never => {
    if (text[i] === '/') throw new Stop(i, 'comments are not allowed in JSON');
    throw new Stop(i, `expected ${what}, found ${show(i)}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(start, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return; }
      if (c < 0x20) throw new Stop(i, 'line break or control character inside a string');
      if (c === 92) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i, 'invalid escape in a string');
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') expected('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') expected('":"');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') throw new Stop(i, 'trailing comma before "}"');
          continue;
        }
        if (text[i] === '}') { i++; return; }
        expected('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') throw new Stop(i, 'trailing comma before "]"');
          continue;
        }
        if (text[i] === ']') { i++; return; }
        expected('"," or "]"');
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) { i += lit[0].length; return; }
    if (c === "'") throw new Stop(i, 'strings need double quotes, not single quotes');
    expected('a value');
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, `unexpected ${show(i)} after the end of the JSON value`);
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, problem: e.problem };
    throw e;
  }
  return { offset: 0, problem: 'not valid JSON' };
}
