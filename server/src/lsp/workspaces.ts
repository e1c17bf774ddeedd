// The workspace folders the client opened, and for a draft the workspace root and config the CLI would use if
// run from the folder holding the draft: root = findWorkspaceRoot(folder) (nearest .grounded.json upwards, else
// the git top level, else the folder), config = that root's .grounded.json. A draft outside every folder is
// treated as if the CLI ran in the draft's own folder. Configs are cached until the file's size/mtime change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, loadConfig, type GroundedConfig } from '../workspace/config';
import { CONFIG_FILE_NAME, findWorkspaceRoot } from '../workspace/workspaceRoot';
import { normalizePath, pathToUri, uriToPath } from './uri';

export interface WorkspaceContext {
  /** Where the CLI would run: the workspace folder holding the draft, else the draft's folder. */
  cwd: string;
  /** The workspace root (paths in messages are relative to it; sources must stay inside it). */
  root: string;
  /** The root's .grounded.json (it may not exist). */
  configFile: string;
  config?: GroundedConfig;
  configError?: ConfigError;
}

interface CachedConfig {
  stamp: string;
  config?: GroundedConfig;
  error?: ConfigError;
}

export class Workspaces {
  private folders: string[] = [];
  private readonly configs = new Map<string, CachedConfig>();

  /** Sets the folders from `workspaceFolders`, else `rootUri`, else `rootPath` of initialize. */
  init(params: { workspaceFolders?: Array<{ uri: string }> | null; rootUri?: string | null; rootPath?: string | null }): void {
    const uris = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const paths = uris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (paths.length === 0 && params.rootPath) paths.push(normalizePath(params.rootPath));
    this.folders = unique(paths);
  }

  change(added: Array<{ uri: string }>, removed: Array<{ uri: string }>): void {
    const gone = new Set(removed.map(f => uriToPath(f.uri)));
    const next = this.folders.filter(f => !gone.has(f));
    for (const f of added) {
      const p = uriToPath(f.uri);
      if (p !== undefined) next.push(p);
    }
    this.folders = unique(next);
  }

  list(): string[] {
    return [...this.folders];
  }

  /** The innermost workspace folder holding `file`. */
  folderOf(file: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, file);
      const inside = rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
      if (inside && (best === undefined || f.length > best.length)) best = f;
    }
    return best;
  }

  folderUriOf(file: string | undefined): string | undefined {
    const f = file === undefined ? this.folders[0] : this.folderOf(file);
    return f === undefined ? undefined : pathToUri(f);
  }

  /** The context of a draft at `file`; for a document with no file (untitled), of the first folder (undefined
   *  when there is none). */
  contextFor(file: string | undefined): WorkspaceContext | undefined {
    const cwd = file === undefined ? this.folders[0] : this.folderOf(file) ?? path.dirname(file);
    if (cwd === undefined) return undefined;
    return this.contextOfCwd(cwd);
  }

  /** The context of a run of the CLI in `cwd`. */
  contextOfCwd(cwd: string): WorkspaceContext {
    const root = findWorkspaceRoot(cwd);
    const configFile = path.join(root, CONFIG_FILE_NAME);
    const stamp = statStamp(configFile);
    let cached = this.configs.get(root);
    if (!cached || cached.stamp !== stamp) {
      cached = { stamp };
      try {
        cached.config = loadConfig(root, { displayPath: CONFIG_FILE_NAME });
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        cached.error = e;
      }
      this.configs.set(root, cached);
    }
    return { cwd, root, configFile, config: cached.config, configError: cached.error };
  }

  /** Forgets cached configs (a watcher reported a .grounded.json change). */
  configChanged(): void {
    this.configs.clear();
  }
}

function statStamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return 'none';
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
