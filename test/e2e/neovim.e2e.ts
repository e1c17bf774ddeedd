// Neovim as a second, independent LSP client: runs `nvim --headless` with test/e2e/neovim/check.lua, which starts
// `node dist/server.js --stdio` on the sample draft, and asserts the diagnostics, the hover on the wrong duration
// and its quick fix from the JSON lines the script prints.
//   npx tsx test/e2e/neovim.e2e.ts     (after npm run build; the runner test/e2e/run.ts calls runNeovimE2E)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST, REPO, checkWithCli, makeWorkspace, type SampleWorkspace } from './workspace';

const CHECK_LUA = path.join(REPO, 'test/e2e/neovim/check.lua');
const TIMEOUT_MS = 90_000;

interface Line {
  type: string;
  [key: string]: unknown;
}

class E2EFailure extends Error {}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout also ends the language server it started.
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    process.once('exit', killGroup);
    child.on('error', e => {
      clearTimeout(timer);
      reject(new E2EFailure(`could not start ${cmd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', killGroup);
      killGroup(); // anything the group left behind
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** The UTF-8 byte column Neovim reports (vim.diagnostic's col) for a UTF-16 `character` of `line`. */
function byteCol(text: string, line: number, character: number): number {
  return Buffer.byteLength(text.split('\n')[line].slice(0, character), 'utf8');
}

export async function runNeovimE2E(ws: SampleWorkspace): Promise<void> {
  const server = path.join(DIST, 'server.js');
  if (!fs.existsSync(server)) throw new E2EFailure(`${server} is missing: run npm run build`);
  // Beside the workspace (in the run's temporary folder), not in it: the server would see it as a workspace file.
  const serverLog = path.join(path.dirname(ws.dir), `${path.basename(ws.dir)}-nvim-server.log`);
  const { duration } = ws;
  // Neovim writes its logs (lsp.log) and swap files under HOME/XDG: keep them in the run's temporary folder.
  const home = path.join(path.dirname(ws.dir), `${path.basename(ws.dir)}-nvim-home`);
  fs.mkdirSync(home, { recursive: true });
  const result = await run('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${CHECK_LUA}`, ws.draft], {
    cwd: ws.dir,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_STATE_HOME: path.join(home, '.local/state'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      GROUNDED_E2E_SERVER: server,
      GROUNDED_E2E_ROOT: ws.dir,
      GROUNDED_E2E_LINE: String(duration.line),
      GROUNDED_E2E_CHARACTER: String(duration.character + 2), // inside "12-month"
      GROUNDED_E2E_EXPECT: String(ws.findings.length),
      GROUNDED_E2E_SERVER_LOG: serverLog,
    },
    timeoutMs: TIMEOUT_MS,
  });

  const lines: Line[] = [];
  for (const raw of result.stdout.split('\n')) {
    const t = raw.trim();
    if (!t.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(t) as Line);
    } catch {
      /* not one of ours */
    }
  }
  const report = (reason: string) => {
    const tail = (s: string) => s.split('\n').slice(-30).join('\n');
    const log = fs.existsSync(serverLog) ? tail(fs.readFileSync(serverLog, 'utf8')) : '(none)';
    return new E2EFailure(
      `${reason}\n--- nvim stdout ---\n${tail(result.stdout) || '(empty)'}\n--- nvim stderr ---\n${tail(result.stderr) || '(empty)'}\n--- language server log (window/logMessage) ---\n${log}`,
    );
  };
  if (result.timedOut) throw report(`nvim did not finish within ${TIMEOUT_MS / 1000} s`);
  const error = lines.find(l => l.type === 'error');
  if (error) throw report(`check.lua: ${String(error.message)}`);
  if (result.code !== 0) throw report(`nvim exited with code ${result.code} (signal ${result.signal})`);
  if (!lines.some(l => l.type === 'done')) throw report('check.lua did not finish (no "done" line)');

  // Diagnostics: exactly the three findings, as errors from source "grounded", on the wrong words.
  const diags = lines.filter(l => l.type === 'diagnostic');
  const got = diags.map(d => `${d.code} sev=${d.severity} src=${d.source} ${d.lnum}:${d.col}`).sort();
  const want = ws.findings.map(f => `${f.rule} sev=1 src=grounded ${f.line}:${byteCol(ws.draftText, f.line, f.character)}`).sort();
  if (JSON.stringify(got) !== JSON.stringify(want)) throw report(`diagnostics differ:\n  want ${want.join('\n       ')}\n  got  ${got.join('\n       ')}`);
  for (const f of ws.findings) {
    const d = diags.find(x => x.code === f.rule)!;
    const message = String(d.message);
    if (!message.includes(f.actual) || !message.includes(f.expected)) throw report(`the ${f.rule} message does not name "${f.actual}" and "${f.expected}": ${message}`);
  }
  console.log(`  nvim: ${diags.length} diagnostics: ${ws.findings.map(f => f.rule).join(', ')}`);

  // Hover on the wrong duration: the rule, the source value and the source sentence that says "18-month".
  const hover = lines.find(l => l.type === 'hover');
  const value = String(hover?.value ?? '');
  for (const part of ['number-mismatch', `**${duration.expected}**`, `the ${duration.expected} conflict has depleted`, 'article.txt:8']) {
    if (!value.includes(part)) throw report(`the hover at ${duration.line + 1}:${duration.character + 3} lacks ${JSON.stringify(part)}: ${JSON.stringify(value)}`);
  }
  console.log(`  nvim: hover quotes the source: "…${duration.expected} conflict has depleted."`);

  // Quick fix: "Replace with source value "18-month"", applied; the diagnostic goes, the other two stay.
  const action = lines.find(l => l.type === 'codeAction');
  const title = `Replace with source value "${duration.expected}"`;
  if (action?.chosen !== title) throw report(`the preferred quick fix is ${JSON.stringify(action?.chosen)}, expected ${JSON.stringify(title)} (offered: ${JSON.stringify(action?.titles)})`);
  const fixed = String(lines.find(l => l.type === 'fixed')?.line ?? '');
  if (!fixed.includes(`the ${duration.expected} conflict`) || fixed.includes(duration.actual)) throw report(`after the quick fix the line reads ${JSON.stringify(fixed)}`);
  const after = lines.filter(l => l.type === 'afterFix').map(l => String(l.code)).sort();
  const remaining = ws.findings.filter(f => f !== duration).map(f => f.rule).sort();
  if (JSON.stringify(after) !== JSON.stringify(remaining)) throw report(`after the quick fix the diagnostics are ${JSON.stringify(after)}, expected ${JSON.stringify(remaining)}`);
  console.log(`  nvim: quick fix "${title}" applied; number-mismatch gone, ${after.join(', ')} remain`);
}

if (require.main === module) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-'));
  const ws = makeWorkspace(path.join(tmp, 'ws'));
  checkWithCli(ws);
  runNeovimE2E(ws).then(
    () => {
      console.log('PASS neovim');
      fs.rmSync(tmp, { recursive: true, force: true });
    },
    e => {
      console.error(`FAIL neovim: ${e instanceof Error ? e.message : String(e)}`);
      console.error(`(kept ${tmp})`);
      process.exitCode = 1;
    },
  );
}
