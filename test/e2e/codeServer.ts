// code-server (VS Code in a browser, from the npm registry) for the e2e test: installs the .vsix into a temporary
// extensions folder, starts the server on 127.0.0.1 in its own process group with a temporary HOME, waits for
// /healthz, and always stops the whole group (the extension host and the language server are in it too).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export class CodeServerFailure extends Error {}

export interface CodeServerDirs {
  /** HOME and XDG_* of the code-server process. */
  home: string;
  userData: string;
  extensions: string;
  log: string;
}

export interface CodeServer {
  url: string;
  port: number;
  /** The process group id (= the pid of code-server, started with setsid). */
  pgid: number;
  dirs: CodeServerDirs;
  logTail(lines?: number): string;
  /** The tail of the extension's "Grounded" output channel and the extension host log, as far as they exist. */
  extensionLogs(lines?: number): string;
  stop(): Promise<void>;
}

/** User settings: no welcome page, no telemetry or update checks, no trust prompt; trace the LSP messages into the
 *  Grounded output channel so a failure report can show them. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'grounded.trace.server': 'messages',
};

export function makeDirs(root: string): CodeServerDirs {
  const dirs: CodeServerDirs = {
    home: path.join(root, 'home'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    log: path.join(root, 'code-server.log'),
  };
  for (const d of [dirs.home, path.join(dirs.userData, 'User'), dirs.extensions]) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.home, '.run'), { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(dirs.home, 't'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  return dirs;
}

function env(dirs: CodeServerDirs): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_RUNTIME_DIR: path.join(dirs.home, '.run'),
    // VS Code's IPC and git sockets go to the temp folder: keep them in this run's folder too.
    TMPDIR: path.join(dirs.home, 't'), // short: socket paths are limited to 107 bytes
  };
  // $PORT would override --bind-addr; inherited VS Code variables would point the server at another instance.
  for (const k of Object.keys(e)) if (k.startsWith('VSCODE_') || ['ELECTRON_RUN_AS_NODE', 'PORT', 'PASSWORD', 'HASHED_PASSWORD'].includes(k)) delete e[k];
  return e;
}

const COMMON_ARGS = (dirs: CodeServerDirs) => ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

/** `code-server --install-extension VSIX --force`; checks the extension's folder appeared. */
export function installExtension(bin: string, vsix: string, dirs: CodeServerDirs, extensionId: string): void {
  if (!fs.existsSync(vsix)) throw new CodeServerFailure(`${vsix} is missing: npm run package did not produce it`);
  const r = spawnSync(bin, [...COMMON_ARGS(dirs), '--install-extension', vsix, '--force'], {
    env: env(dirs),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.error) throw new CodeServerFailure(`code-server --install-extension failed to run: ${r.error.message}`);
  if (r.status !== 0) throw new CodeServerFailure(`code-server --install-extension exited with ${r.status}:\n${out}`);
  const installed = fs.readdirSync(dirs.extensions).filter(d => d.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
  if (installed.length === 0) throw new CodeServerFailure(`the extension ${extensionId} is not in ${dirs.extensions} after --install-extension:\n${out}`);
  console.log(`  code-server: installed ${path.basename(vsix)} as ${installed[0]}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function tailFile(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines - 1).join('\n');
  } catch {
    return '';
  }
}

function findFiles(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, test, out);
    else if (test(e.name)) out.push(p);
  }
  return out;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startCodeServer(opts: { bin: string; dirs: CodeServerDirs; workspace: string; startTimeoutMs?: number }): Promise<CodeServer> {
  const { bin, dirs, workspace } = opts;
  const port = await freePort();
  const logFd = fs.openSync(dirs.log, 'a');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...COMMON_ARGS(dirs),
    workspace,
  ];
  // detached: setsid(), so the server, its extension host and the language server form one process group.
  const child = spawn(bin, args, { env: env(dirs), stdio: ['ignore', logFd, logFd], detached: true });
  fs.closeSync(logFd);
  const pgid = child.pid;
  if (pgid === undefined) throw new CodeServerFailure(`could not start ${bin}`);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exited with code ${code}, signal ${signal}`));

  const killNow = () => {
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  const onSignal = (sig: NodeJS.Signals) => {
    killNow();
    console.error(`e2e: ${sig}: stopped code-server (process group ${pgid})`);
    process.exit(130);
  };
  process.on('exit', killNow);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const logTail = (lines = 40) => tailFile(dirs.log, lines);
  const extensionLogs = (lines = 40) => {
    const logs = path.join(dirs.userData, 'logs');
    const parts: string[] = [];
    for (const f of findFiles(logs, n => /grounded/i.test(n))) parts.push(`--- ${path.relative(logs, f)} ---\n${tailFile(f, lines)}`);
    for (const f of findFiles(logs, n => n === 'exthost.log' || n === 'remoteexthost.log')) {
      parts.push(`--- ${path.relative(logs, f)} ---\n${tailFile(f, lines)}`);
    }
    return parts.join('\n') || `(no extension logs under ${logs})`;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const deadline = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
      killNow();
    }
    process.removeListener('exit', killNow);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new CodeServerFailure(`code-server did not start: it ${exited}\n--- code-server log ---\n${logTail()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new CodeServerFailure(`code-server did not start: /healthz did not answer within ${(opts.startTimeoutMs ?? 60_000) / 1000} s\n--- code-server log ---\n${logTail()}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
  return { url, port, pgid, dirs, logTail, extensionLogs, stop };
}
