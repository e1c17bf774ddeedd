// schemas/grounded.schema.json (contributed to VS Code for `.grounded.json`) must accept exactly what
// server/src/workspace/config.ts accepts, and name the same rules and severities.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../server/src/engine/rules';
import { ConfigError, parseConfig, RULE_SETTINGS } from '../../server/src/workspace/config';

const root = path.resolve(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/grounded.schema.json'), 'utf8'));

function validator() {
  // Strict mode, so a typo in a keyword fails the test; VS Code's own annotation keywords are declared.
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions']);
  return ajv.compile(schema);
}

function parsedByServer(config: unknown): boolean {
  try {
    parseConfig(JSON.stringify(config), { root: '/ws' });
    return true;
  } catch (e) {
    if (e instanceof ConfigError) return false;
    throw e;
  }
}

const good: unknown[] = [
  {},
  { $schema: './node_modules/grounded/schemas/grounded.schema.json' },
  { sources: { 'drafts/**/*.md': ['sources/*.txt'], 'notes/a.md': 'sources/a.txt' } },
  { sources: { './drafts/*.md': ['a.txt', 'b.txt'] }, rules: { 'unsupported-sentence': 'off', 'name-mismatch': 'warning' } },
  { rules: Object.fromEntries(Object.keys(RULES).map(r => [r, 'info'])), allowOutsideWorkspace: true },
  { sources: {}, rules: {}, allowOutsideWorkspace: false },
];

const bad: [string, unknown][] = [
  ['not an object', ['sources']],
  ['a string', 'sources'],
  ['an unknown top-level key', { source: { 'a.md': 'a.txt' } }],
  ['sources as a list', { sources: ['a.txt'] }],
  ['a source that is a number', { sources: { 'a.md': 3 } }],
  ['an empty list of sources', { sources: { 'a.md': [] } }],
  ['a blank source glob', { sources: { 'a.md': ['  '] } }],
  ['an empty source glob', { sources: { 'a.md': '' } }],
  ['a list with a non-string', { sources: { 'a.md': ['a.txt', 1] } }],
  ['an empty draft glob', { sources: { '': 'a.txt' } }],
  ['a blank draft glob', { sources: { '  ': 'a.txt' } }],
  ['an absolute draft glob', { sources: { '/home/me/drafts/*.md': 'a.txt' } }],
  ['a Windows absolute draft glob', { sources: { 'C:\\drafts\\*.md': 'a.txt' } }],
  ['an unknown rule', { rules: { 'number-mismatches': 'error' } }],
  ['an unknown severity', { rules: { 'number-mismatch': 'fatal' } }],
  ['a severity in capitals', { rules: { 'number-mismatch': 'Error' } }],
  ['a boolean severity', { rules: { 'number-mismatch': false } }],
  ['rules as a list', { rules: ['number-mismatch'] }],
  ['allowOutsideWorkspace as a string', { allowOutsideWorkspace: 'yes' }],
];

describe('client/schema (.grounded.json)', () => {
  it('is a valid draft-07 schema', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    validator();
  });

  it('accepts good configs, as the server does', () => {
    const validate = validator();
    for (const config of good) {
      assert.ok(validate(config), `${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`);
      assert.ok(parsedByServer(config), `the server accepts ${JSON.stringify(config)}`);
    }
  });

  it('refuses bad configs, as the server does', () => {
    const validate = validator();
    for (const [what, config] of bad) {
      assert.equal(validate(config), false, `the schema refuses ${what}: ${JSON.stringify(config)}`);
      assert.equal(parsedByServer(config), false, `the server refuses ${what}: ${JSON.stringify(config)}`);
    }
  });

  it('names exactly the engine\'s rules and the config\'s severities', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), Object.keys(RULES));
    assert.deepEqual(schema.definitions.severity.enum, [...RULE_SETTINGS]);
    assert.equal(schema.definitions.severity.enumDescriptions.length, RULE_SETTINGS.length);
    for (const rule of Object.values(schema.properties.rules.properties) as { $ref: string }[]) {
      assert.equal(rule.$ref, '#/definitions/severity');
    }
  });

  it('allows exactly the config\'s top-level keys', () => {
    // config.ts: TOP_LEVEL_KEYS plus "$schema"; any other key is refused by both.
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'allowOutsideWorkspace', 'rules', 'sources']);
    assert.equal(schema.additionalProperties, false);
    for (const key of Object.keys(schema.properties).filter(k => k !== '$schema')) {
      assert.ok(parsedByServer({ [key]: key === 'allowOutsideWorkspace' ? true : {} }), key);
    }
  });
});
