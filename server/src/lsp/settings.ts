// The `grounded.*` settings:
//   grounded.sources     source paths or globs, relative to the workspace root, for drafts that name no sources
//                        themselves. Precedence (first that names any source wins, never merged): the draft's front
//                        matter `sources:` > `.grounded.json` "sources" > this setting. It is the editor's
//                        counterpart of `grounded check --source`, but a fallback rather than an override, so that
//                        a user-level setting never silently replaces what a project wrote down.
//   grounded.rules       per-rule severity ("error" | "warning" | "info" | "off"); overrides `.grounded.json` "rules"
//                        rule by rule (the user's editor wins over the project's defaults).
//   grounded.debounceMs  delay between the last edit and the re-check (default 150 ms).
// Read from initializationOptions at start ({settings: {...}}, {grounded: {...}} or flat), then pulled with
// workspace/configuration (per workspace folder) when the client supports it, else taken from the pushed
// didChangeConfiguration ({grounded: {...}}). Invalid values are ignored with a warning in the log.
import { isRuleId } from '../engine/rules';
import type { RuleId, RuleSetting } from '../engine/types';
import { RULE_SETTINGS, type RuleSettings } from '../workspace/config';

export interface Settings {
  sources: string[];
  rules: RuleSettings;
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const MAX_DEBOUNCE_MS = 10_000;

export function defaultSettings(): Settings {
  return { sources: [], rules: {}, debounceMs: DEFAULT_DEBOUNCE_MS };
}

/** The settings object inside initializationOptions or a didChangeConfiguration payload: under `settings` (the
 *  VS Code client's initializationOptions), under `grounded` (a pushed configuration), or the object itself. */
export function unwrapSettings(value: unknown): unknown {
  if (!isObject(value)) return value;
  if (isObject(value.settings)) return unwrapSettings(value.settings);
  if (isObject(value.grounded)) return value.grounded;
  return value;
}

/** Validates a raw settings object; missing or invalid values fall back to `base`. */
export function parseSettings(raw: unknown, base: Settings = defaultSettings(), warn: (message: string) => void = () => {}): Settings {
  const out: Settings = { sources: [...base.sources], rules: { ...base.rules }, debounceMs: base.debounceMs };
  if (raw === null || raw === undefined) return out;
  if (!isObject(raw)) {
    warn(`ignoring the grounded settings: expected an object, got ${typeof raw}`);
    return out;
  }
  if (raw.sources !== undefined && raw.sources !== null) {
    const list = typeof raw.sources === 'string' ? [raw.sources] : raw.sources;
    if (Array.isArray(list) && list.every(s => typeof s === 'string')) {
      out.sources = (list as string[]).map(s => s.trim()).filter(s => s !== '');
    } else {
      warn('ignoring grounded.sources: expected a list of paths or globs');
    }
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    if (isObject(raw.rules)) {
      const rules: RuleSettings = {};
      for (const [rule, setting] of Object.entries(raw.rules)) {
        if (!isRuleId(rule)) {
          warn(`ignoring grounded.rules › ${rule}: unknown rule`);
        } else if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
          warn(`ignoring grounded.rules › ${rule}: expected one of ${RULE_SETTINGS.join(', ')}`);
        } else {
          rules[rule as RuleId] = setting as RuleSetting;
        }
      }
      out.rules = rules;
    } else {
      warn('ignoring grounded.rules: expected an object of rule ids to severities');
    }
  }
  if (raw.debounceMs !== undefined && raw.debounceMs !== null) {
    const n = raw.debounceMs;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out.debounceMs = Math.min(Math.round(n), MAX_DEBOUNCE_MS);
    else warn('ignoring grounded.debounceMs: expected a number of milliseconds >= 0');
  }
  return out;
}

/** The rule severities a check uses: `.grounded.json` "rules", each overridden by the `grounded.rules` setting. */
export function effectiveRules(config: RuleSettings, settings: RuleSettings): RuleSettings {
  return { ...config, ...settings };
}

/** Stable text of settings, to tell whether a change matters. */
export function settingsKey(s: Settings): string {
  const rules = Object.keys(s.rules).sort().map(k => `${k}=${s.rules[k as RuleId]}`);
  return JSON.stringify([s.sources, rules, s.debounceMs]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How long a check waits for the client to answer workspace/configuration before using what it has. */
const PULL_TIMEOUT_MS = 2000;

/**
 * The settings per workspace folder. `base` comes from initializationOptions (or, for clients that cannot be
 * asked, from pushed didChangeConfiguration payloads); with `pull`, each folder's settings are asked for once
 * (workspace/configuration with the folder as scope) and kept until `invalidate()`.
 */
export class SettingsStore {
  private base: Settings = defaultSettings();
  private readonly byScope = new Map<string, Settings>();
  private readonly loading = new Map<string, Promise<void>>();
  private pull: ((scopeUri: string | undefined) => Promise<unknown>) | undefined;

  constructor(private readonly warn: (message: string) => void) {}

  /** Settings from initializationOptions or a pushed configuration. */
  setBase(raw: unknown): void {
    this.base = parseSettings(unwrapSettings(raw), defaultSettings(), this.warn);
  }

  /** Enables pulling (the client supports workspace/configuration). */
  setPull(pull: (scopeUri: string | undefined) => Promise<unknown>): void {
    this.pull = pull;
  }

  /** The settings for a folder (its URI), as far as known now. */
  get(scopeUri?: string): Settings {
    return this.byScope.get(scopeUri ?? '') ?? this.byScope.get('') ?? this.base;
  }

  /** Makes sure the settings of `scopeUri` have been asked for (resolves at once when they have). */
  load(scopeUri?: string): Promise<void> {
    const key = scopeUri ?? '';
    const pull = this.pull;
    if (!pull || this.byScope.has(key)) return Promise.resolve();
    let p = this.loading.get(key);
    if (!p) {
      p = withTimeout(pull(scopeUri), PULL_TIMEOUT_MS).then(
        raw => {
          if (this.loading.get(key) !== p) return; // invalidated meanwhile
          this.byScope.set(key, parseSettings(unwrapSettings(raw), this.base, this.warn));
        },
        (e: unknown) => {
          if (this.loading.get(key) !== p) return;
          this.warn(`could not get the grounded settings from the client (${e instanceof Error ? e.message : String(e)}); using the defaults`);
          this.byScope.set(key, this.base);
        },
      );
      this.loading.set(key, p);
    }
    return p;
  }

  /** Forgets pulled settings (didChangeConfiguration): they are asked for again on the next check. */
  invalidate(): void {
    this.byScope.clear();
    this.loading.clear();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      v => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
