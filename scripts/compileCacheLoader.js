// dist/server.js: starts the language server bundle (server.bundle.js beside it) with V8's code cache. Compiling the
// 1.7 MB bundle took some 60 of the ~300 ms from `node` to a running server; with the cache the build wrote
// (server.bundle.cache, made by `npm run build`), V8 reads the compiled code instead. A cache another Node or V8 wrote
// is rejected by V8 and the bundle compiled as usual: the cache only ever saves time. Written by scripts/build.mjs,
// plain CommonJS with no dependency.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const bundle = path.join(__dirname, 'server.bundle.js');
const cacheFile = path.join(__dirname, 'server.bundle.cache');
// The bundle's shebang line is a comment to the module wrapper.
const source = fs.readFileSync(bundle, 'utf8').replace(/^#!/, '//');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
// `npm run build` runs the server once with this set, to write the cache when the process ends (every function
// compiled by then is in it).
if (process.env.GROUNDED_WRITE_CODE_CACHE === '1') process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = Module._nodeModulePaths(__dirname);
mod.loaded = true;
script.runInThisContext().call(mod.exports, mod.exports, id => mod.require(id), mod, bundle, __dirname);
