// `npm run test:vscode`: runs test/vscode/suite in a real VS Code with the extension loaded from this folder
// (extensionDevelopmentPath), on a temporary workspace made from sample/:
//   article.txt, draft.md, draft-with-mistakes.md   copied from sample/
//   mutated.md     draft.md with "18-month" changed to "12-month" (a seed mutation the server must flag)
//   notes.md       a Markdown file that names no sources (the status bar item must stay hidden)
// @vscode/test-electron downloads VS Code (VSCODE_TEST_VERSION, default "stable") into VSCODE_TEST_CACHE (default
// <tmp>/grounded-vscode-test), so this needs a network connection the first time; or set VSCODE_EXECUTABLE_PATH to
// a VS Code already installed. On Linux without a display, run it under xvfb-run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** The repository root: this file runs as dist/test/vscode/runTest.js. */
const root = path.resolve(__dirname, '../../..');

export const MUTATION = { from: '18-month', to: '12-month' } as const;

export function makeWorkspace(sampleDir: string, into: string): string {
  fs.mkdirSync(into, { recursive: true });
  for (const name of fs.readdirSync(sampleDir)) {
    const file = path.join(sampleDir, name);
    if (fs.statSync(file).isFile()) fs.copyFileSync(file, path.join(into, name));
  }
  const draft = fs.readFileSync(path.join(sampleDir, 'draft.md'), 'utf8');
  if (!draft.includes(MUTATION.from)) throw new Error(`sample/draft.md no longer says "${MUTATION.from}": update the mutation`);
  fs.writeFileSync(path.join(into, 'mutated.md'), draft.replace(MUTATION.from, MUTATION.to));
  fs.writeFileSync(path.join(into, 'notes.md'), '# Notes\n\nIdeas for the next piece, with no sources yet.\n');
  return into;
}

async function main(): Promise<void> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-vscode-'));
  const workspace = makeWorkspace(path.join(root, 'sample'), path.join(temp, 'workspace'));
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      cachePath: process.env.VSCODE_TEST_CACHE ?? path.join(os.tmpdir(), 'grounded-vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { GROUNDED_TEST_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(temp, 'user-data')}`,
        `--extensions-dir=${path.join(temp, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch(e => {
    console.error(`test:vscode failed: ${e instanceof Error ? e.message : String(e)}`);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(String(e))) {
      console.error("VS Code could not be downloaded (no network?). Set VSCODE_EXECUTABLE_PATH to an installed VS Code, or run this where VS Code's download server is reachable.");
    }
    process.exit(1);
  });
}
