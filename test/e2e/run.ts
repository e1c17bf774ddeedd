// `npm run test:e2e`: the extension and the language server in real editors.
//   1. scripts/e2e/install.sh   Chromium, Neovim, ripgrep, libkrb5-dev (apt, only what is missing) and
//                               code-server (npm, into ~/.cache/grounded-e2e); quick when all is there
//   2. npm run build, npm run package   dist/ and grounded.vsix (@vscode/vsce)
//   3. the sample workspace, checked with the CLI: exactly the three expected findings
//   4. VS Code (code-server + Chromium + playwright-core): squiggles, Problems, hover, quick fix, screenshot
//   5. Neovim (headless, `node dist/server.js --stdio`): diagnostics, hover, quick fix
// Prints PASS/FAIL per step and "e2e: N passed, N failed" last; exits 1 on any failure or when the whole run
// exceeds its time budget (GROUNDED_E2E_BUDGET_S, default 540 s).
// Environment: GROUNDED_E2E_CACHE (code-server's cache folder), GROUNDED_E2E_KEEP=1 (keep the temp folder),
// GROUNDED_E2E_ONLY=vscode|neovim (run one editor).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runNeovimE2E } from './neovim.e2e';
import { runVsCodeE2E } from './vscode.e2e';
import { REPO, checkWithCli, makeWorkspace } from './workspace';

const BUDGET_S = Number(process.env.GROUNDED_E2E_BUDGET_S || 540);
const ONLY = process.env.GROUNDED_E2E_ONLY;
const started = Date.now();
const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

/** Runs a command with its output shown; resolves with its stdout. Rejects with the exit code and output tail. */
function sh(cmd: string, args: string[], opts: { captureStdout?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stdout = '';
    let both = '';
    child.stdout.on('data', d => {
      stdout += d;
      both += d;
      if (!opts.captureStdout) process.stdout.write(d);
    });
    child.stderr.on('data', d => {
      both += d;
      process.stderr.write(d);
    });
    child.on('error', e => reject(new Error(`${cmd} could not start: ${e.message}`)));
    child.on('close', code => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${both.split('\n').slice(-30).join('\n')}`));
    });
  });
}

let passed = 0;
let failed = 0;

async function stage<T>(name: string, fn: () => Promise<T>, counts = false): Promise<T | undefined> {
  const t = Date.now();
  console.log(`\n== ${name}`);
  try {
    const r = await fn();
    console.log(`PASS ${name} (${secs(t)})`);
    if (counts) passed++;
    return r;
  } catch (e) {
    console.log(`FAIL ${name} (${secs(t)}): ${e instanceof Error ? e.message : String(e)}`);
    failed++; // a failed setup stage counts as a failure too
    return undefined;
  }
}

function finish(): never {
  console.log(`\ne2e finished in ${secs(started)} (budget ${BUDGET_S} s)`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

async function main(): Promise<void> {
  const budget = setTimeout(() => {
    // The exit handlers registered by codeServer.ts stop code-server's process group.
    console.log(`FAIL e2e: over the time budget of ${BUDGET_S} s (GROUNDED_E2E_BUDGET_S); stopping`);
    failed++;
    finish();
  }, BUDGET_S * 1000);
  budget.unref();

  const codeServer = await stage('install (scripts/e2e/install.sh)', async () => {
    const out = await sh('bash', [path.join(REPO, 'scripts/e2e/install.sh')], { captureStdout: true });
    const bin = out.trim().split('\n').pop() ?? '';
    if (!fs.existsSync(bin)) throw new Error(`install.sh printed no code-server binary (got ${JSON.stringify(bin)})`);
    return bin;
  });
  if (!codeServer) finish();

  const vsix = path.join(REPO, 'grounded.vsix');
  const built = await stage('build and package (npm run build, npm run package)', async () => {
    await sh('npm', ['run', '--silent', 'build']);
    const before = fs.existsSync(vsix) ? fs.statSync(vsix).mtimeMs : 0;
    await sh('npm', ['run', '--silent', 'package'], { captureStdout: true });
    if (!fs.existsSync(vsix) || fs.statSync(vsix).mtimeMs === before) throw new Error(`npm run package did not write ${vsix}`);
    console.log(`  ${path.relative(REPO, vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB`);
    return true;
  });
  if (!built) finish();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-'));
  const ws = makeWorkspace(path.join(tmp, 'ws'));
  const sentences = await stage(
    'sample workspace: the CLI finds exactly number-mismatch, name-mismatch, quote-mismatch',
    async () => {
      const s = checkWithCli(ws);
      console.log(`  ${ws.dir}: ${ws.findings.map(f => `${f.rule} "${f.actual}" → "${f.expected}"`).join('; ')}; ${s.supported}/${s.total} sentences supported`);
      return s;
    },
    true,
  );
  if (!sentences) finish();

  if (ONLY !== 'neovim') {
    await stage(
      'VS Code (code-server 4.100.3 + Chromium + playwright-core)',
      () => runVsCodeE2E({ codeServer: codeServer!, vsix, ws, tmp: path.join(tmp, 'code-server'), sentences: sentences! }),
      true,
    );
  }
  if (ONLY !== 'vscode') {
    // A fresh copy of the same draft (VS Code's edit was never saved, but a clean start is cheaper than a doubt).
    await stage('Neovim (headless, dist/server.js --stdio)', () => runNeovimE2E(makeWorkspace(path.join(tmp, 'ws-nvim'))), true);
  }

  if (failed === 0 && !process.env.GROUNDED_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`\nkept the temporary folder (workspace, code-server's logs): ${tmp}`);
  finish();
}

main().catch(e => {
  console.log(`FAIL e2e: ${e instanceof Error ? e.stack : String(e)}`);
  failed++;
  finish();
});
