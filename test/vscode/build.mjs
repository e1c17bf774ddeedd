// Bundles the in-VS Code test suite into dist/test/vscode/ (run by `npm run test:vscode`, after `npm run build`):
//   runTest.js                    Node script: downloads VS Code (@vscode/test-electron), runs the suite in it
//   suite/index.js                the extension-tests entry VS Code loads: runs mocha
//   suite/extension.vscode.js     the tests (named *.vscode.ts so the default `mocha` run never picks them up)
// `vscode` comes from the extension host; mocha and @vscode/test-electron stay in node_modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['test/vscode/runTest.ts'], outfile: 'dist/test/vscode/runTest.js', external: ['@vscode/test-electron'] }),
  build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'dist/test/vscode/suite/index.js', external: ['vscode', 'mocha'] }),
  build({
    ...common,
    entryPoints: ['test/vscode/suite/extension.vscode.ts'],
    outfile: 'dist/test/vscode/suite/extension.vscode.js',
    external: ['vscode', 'mocha'],
  }),
]);
