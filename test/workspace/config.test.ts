import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig, loadConfigFile, locateJsonError, parseConfig } from '../../server/src/workspace/config';

function configError(text: string): ConfigError {
  try {
    parseConfig(text, { root: '/w', displayPath: '.grounded.json' });
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${String(e)}`);
    return e;
  }
  assert.fail(`expected ${text} to be refused`);
}

describe('workspace/config', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-config-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('parses sources (string or list), rules and allowOutsideWorkspace', () => {
    const c = parseConfig(
      JSON.stringify({
        $schema: './schema.json',
        sources: { 'drafts/**/*.md': ['sources/*.txt', 'extra.txt'], './notes/a.md': 'sources/a.txt' },
        rules: { 'unsupported-sentence': 'off', 'name-mismatch': 'warning' },
        allowOutsideWorkspace: true,
      }),
      { root: '/w', file: '/w/.grounded.json' },
    );
    assert.equal(c.root, path.resolve('/w'));
    assert.equal(c.file, path.resolve('/w/.grounded.json'));
    assert.deepEqual(c.sources, [
      { draftGlob: 'drafts/**/*.md', sourceGlobs: ['sources/*.txt', 'extra.txt'] },
      { draftGlob: 'notes/a.md', sourceGlobs: ['sources/a.txt'] },
    ]);
    assert.deepEqual(c.rules, { 'unsupported-sentence': 'off', 'name-mismatch': 'warning' });
    assert.equal(c.allowOutsideWorkspace, true);
  });

  it('defaults everything', () => {
    const c = parseConfig('{}', { root: '/w' });
    assert.deepEqual(c.sources, []);
    assert.deepEqual(c.rules, {});
    assert.equal(c.allowOutsideWorkspace, false);
  });

  it('refuses an unknown rule, naming the file, the key and the known rules', () => {
    const e = configError('{"rules": {"number-mismatchh": "error"}}');
    assert.match(e.message, /^\.grounded\.json: unknown rule "number-mismatchh"/);
    assert.match(e.message, /known rules: number-mismatch, date-mismatch/);
  });

  it('refuses an unknown severity, naming the allowed values', () => {
    const e = configError('{"rules": {"name-mismatch": "warn"}}');
    assert.equal(e.message, '.grounded.json: "rules" › "name-mismatch" is "warn"; allowed values: error, warning, info, off');
    assert.match(configError('{"rules": {"name-mismatch": 1}}').message, /is number 1; allowed values/);
  });

  it('refuses malformed sources, rules and flags, and unknown keys', () => {
    assert.match(configError('{"sources": ["a.txt"]}').message, /"sources" must map draft globs to source globs/);
    assert.match(configError('{"sources": {"a.md": 3}}').message, /"sources" › "a.md" must be a source glob or a non-empty list/);
    assert.match(configError('{"sources": {"a.md": []}}').message, /non-empty list/);
    assert.match(configError('{"sources": {"/abs/*.md": "a.txt"}}').message, /relative to the workspace root/);
    assert.match(configError('{"rules": "off"}').message, /"rules" must map rule ids/);
    assert.match(configError('{"allowOutsideWorkspace": "yes"}').message, /must be true or false, not "yes"/);
    assert.match(configError('{"rule": {}}').message, /unknown key "rule"; allowed keys: sources, rules, allowOutsideWorkspace/);
    assert.match(configError('[1]').message, /must be a JSON object/);
  });

  it('reports bad JSON with line and column', () => {
    const e = configError('{\n  "rules": {\n    "name-mismatch": "off",\n  }\n}\n');
    assert.equal(e.line, 4);
    assert.equal(e.column, 3);
    assert.match(e.message, /^\.grounded\.json: invalid JSON at line 4, column 3: trailing comma/);
    const missingComma = configError('{\n  "rules": {}\n  "sources": {}\n}');
    assert.deepEqual([missingComma.line, missingComma.column], [3, 3]);
    assert.match(missingComma.reason, /expected "," or "}"/);
    assert.match(configError('{\n  // a comment\n}').reason, /line 2, column 3: comments are not allowed/);
    assert.match(configError('').reason, /line 1, column 1: expected a value, found end of file/);
    assert.match(configError('{"a": "b}').reason, /unterminated string/);
  });

  it('locates errors in CRLF text and after the value', () => {
    assert.deepEqual(locateJsonError('{}\r\n}'), { offset: 4, problem: 'unexpected "}" after the end of the JSON value' });
    const e = configError('{\r\n  "rules": {\r\n  "x": 1,,\r\n}');
    assert.deepEqual([e.line, e.column], [3, 10]);
  });

  it('loads <root>/.grounded.json, or the defaults when there is none', () => {
    assert.deepEqual(loadConfig(tmp).sources, []);
    fs.writeFileSync(path.join(tmp, '.grounded.json'), '\ufeff{"rules": {"unsupported-name": "info"}}');
    const c = loadConfig(tmp);
    assert.deepEqual(c.rules, { 'unsupported-name': 'info' });
    assert.equal(c.file, path.join(tmp, '.grounded.json'));
    assert.equal(c.root, tmp);
  });

  it('loads an explicit config file, whose folder becomes the root', () => {
    fs.mkdirSync(path.join(tmp, 'conf'));
    const file = path.join(tmp, 'conf/check.json');
    fs.writeFileSync(file, '{"sources": {"*.md": "a.txt"}}');
    const c = loadConfigFile(file);
    assert.equal(c.root, path.join(tmp, 'conf'));
    assert.deepEqual(c.sources, [{ draftGlob: '*.md', sourceGlobs: ['a.txt'] }]);
  });

  it('names a missing or unreadable config file', () => {
    assert.throws(() => loadConfigFile(path.join(tmp, 'nope.json'), { displayPath: 'nope.json' }), (e: unknown) =>
      e instanceof ConfigError && e.message === 'nope.json: no such file');
    fs.mkdirSync(path.join(tmp, 'dir.json'));
    assert.throws(() => loadConfigFile(path.join(tmp, 'dir.json'), { displayPath: 'dir.json' }), /dir\.json: is a directory/);
  });
});
