// Bundles the TypeScript entry points into dist/ with esbuild (one CommonJS file each, dependencies included).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', executable: true },
  // The language server: `grounded-language-server --stdio` for any LSP client, --node-ipc for VS Code.
  // (Bundled as server.bundle.js; dist/server.js starts it with V8's code cache, see compileCacheLoader.js.)
  { in: 'server/src/lsp/main.ts', out: 'server.bundle', executable: true },
  // The VS Code extension: `vscode` is provided by the extension host at run time.
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
];

await Promise.all(entries.map(e => build({
  entryPoints: [e.in],
  outfile: `dist/${e.out}.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  banner: e.executable ? { js: '#!/usr/bin/env node' } : undefined,
  // The word list is read at run time from beside the bundle (below), never bundled.
  external: [...(e.external ?? []), 'an-array-of-english-words/*'],
  // The engine reads English dates only (chrono-node's `parse` is its English casual parser): its other locales,
  // bundled through the package's index, were a fifth of the server bundle and, with their Japanese and Russian
  // patterns, made the whole bundle's source a two-byte string in memory.
  alias: { 'chrono-node': 'chrono-node/en' },
})));
// Characters above U+00FF (in regular expression literals and comments, which esbuild writes as they are) made
// V8 hold a bundle's whole source as a two-byte string for as long as the process runs: written as \u escapes,
// which mean the same in string and regular expression literals, comments and identifiers, it is one byte a
// character (a character escaped with a backslash, "\’", is the character: its escape replaces both). The source
// map still maps every line (an escape moves only the columns after it on its own line).
for (const e of entries) {
  const file = `dist/${e.out}.js`;
  const code = readFileSync(file, 'utf8');
  const ascii = code.replace(/(\\*)([\u0100-\uffff])/g, (_, slashes, c) =>
    `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== code) writeFileSync(file, ascii);
}
for (const e of entries) if (e.executable) chmodSync(`dist/${e.out}.js`, 0o755);
// The English word list the engine reads for names in lower-case sentences (server/src/engine/lowercaseNames.ts),
// beside the bundles rather than inside them, one word per line in JavaScript's sort order (it is binary-searched).
const words = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words/index.json'), 'utf8'));
writeFileSync('dist/english-words.txt', [...words].sort().join('\n'));
// The language server's entry point: a loader that starts server.bundle.js with the code cache written here, by
// running the server once (`--version`) with the cache to write at exit.
writeFileSync('dist/server.js', `#!/usr/bin/env node\n${readFileSync('scripts/compileCacheLoader.js', 'utf8')}`);
chmodSync('dist/server.js', 0o755);
rmSync('dist/server.bundle.cache', { force: true });
execFileSync(process.execPath, ['dist/server.js', '--version'], { env: { ...process.env, GROUNDED_WRITE_CODE_CACHE: '1' }, stdio: 'ignore' });
