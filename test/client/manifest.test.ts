// package.json's VS Code contributions agree with the client code, the engine's rules and the build.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, CONFIG_SECTION, DRAFT_LANGUAGES } from '../../client/src/constants';
import { RULES } from '../../server/src/engine/rules';
import { RULE_SETTINGS } from '../../server/src/workspace/config';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('client/manifest (package.json contributions)', () => {
  it('points main at the bundled extension, which the build produces without bundling vscode', () => {
    assert.equal(manifest.main, './dist/extension.js');
    const build = fs.readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8');
    assert.match(build, /in: 'client\/src\/extension\.ts', out: 'extension', external: \['vscode'\]/);
    assert.equal(manifest.publisher, 'grounded-dev');
  });

  it('asks for a VS Code no older than the API it is typed against (vsce refuses otherwise)', () => {
    const engine = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(engine, manifest.engines.vscode);
    const types = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode'])!;
    assert.ok(
      Number(engine[1]) > Number(types[1]) || (Number(engine[1]) === Number(types[1]) && Number(engine[2]) >= Number(types[2])),
      `engines.vscode ${manifest.engines.vscode} must be at least @types/vscode ${manifest.devDependencies['@types/vscode']}`,
    );
  });

  it('activates on the languages the client serves', () => {
    assert.deepEqual(manifest.activationEvents, DRAFT_LANGUAGES.map(l => `onLanguage:${l}`));
  });

  it('contributes exactly the commands the client registers', () => {
    const commands = contributes.commands as { command: string; title: string; category: string }[];
    assert.deepEqual(commands.map(c => c.command).sort(), Object.values(COMMANDS).sort());
    const titles = Object.fromEntries(commands.map(c => [c.command, `${c.category}: ${c.title}`]));
    assert.equal(titles[COMMANDS.checkWorkspace], 'Grounded: Check all drafts in workspace');
    assert.equal(titles[COMMANDS.addSource], 'Grounded: Add source to this draft');
    assert.equal(titles[COMMANDS.openEvidence], 'Grounded: Open evidence');
    for (const menu of Object.values(contributes.menus) as { command: string }[][]) {
      for (const item of menu) assert.ok(Object.values(COMMANDS).includes(item.command as never), item.command);
    }
  });

  it('contributes the grounded.* settings, with one severity setting per engine rule', () => {
    const props = contributes.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), ['debounceMs', 'rules', 'sources', 'trace.server'].map(k => `${CONFIG_SECTION}.${k}`).sort());
    assert.equal(props['grounded.sources'].type, 'array');
    assert.equal(props['grounded.sources'].items.type, 'string');
    assert.deepEqual(props['grounded.sources'].default, []);
    assert.equal(props['grounded.debounceMs'].default, 150);
    assert.deepEqual(props['grounded.trace.server'].enum, ['off', 'messages', 'verbose']);
    const rules = props['grounded.rules'];
    assert.equal(rules.additionalProperties, false);
    assert.deepEqual(Object.keys(rules.properties), Object.keys(RULES));
    for (const [id, rule] of Object.entries(rules.properties) as [string, { enum: string[]; enumDescriptions: string[] }][]) {
      assert.deepEqual(rule.enum, [...RULE_SETTINGS], id);
      assert.equal(rule.enumDescriptions.length, rule.enum.length, id);
    }
  });

  it('validates .grounded.json with the shipped schema', () => {
    assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.grounded.json', url: './schemas/grounded.schema.json' }]);
    assert.ok(fs.existsSync(path.join(root, 'schemas/grounded.schema.json')));
  });

  it('packages only the bundles, the manifest, the schema and the grammars', () => {
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    const lines = ignore.split(/\r?\n/).map(l => l.trim()).filter(l => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'everything is excluded first');
    for (const keep of ['!dist/extension.js', '!dist/server.js', '!dist/server.bundle.js', '!dist/server.bundle.cache', '!schemas/**', '!syntaxes/**']) assert.ok(lines.includes(keep), keep);
    for (const line of lines.slice(1)) assert.ok(line.startsWith('!'), `only re-inclusions after "**": ${line}`);
  });
});
