// Bundles the TypeScript entry points into dist/ with esbuild (one CommonJS file each, dependencies included).
import { build } from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', executable: true },
  // The language server: `grounded-language-server --stdio` for any LSP client, --node-ipc for VS Code.
  { in: 'server/src/lsp/main.ts', out: 'server', executable: true },
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
})));
for (const e of entries) if (e.executable) chmodSync(`dist/${e.out}.js`, 0o755);
// The English word list the engine reads for names in lower-case sentences (server/src/engine/lowercaseNames.ts),
// beside the bundles rather than inside them, one word per line in JavaScript's sort order (it is binary-searched).
const words = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words/index.json'), 'utf8'));
writeFileSync('dist/english-words.txt', [...words].sort().join('\n'));
