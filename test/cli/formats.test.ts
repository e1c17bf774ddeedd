import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OUTPUT_FORMATS, formatReport, isOutputFormat } from '../../server/src/cli/formats';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { FINGERPRINT_KEY, GROUNDED_HOME, SARIF_RULES } from '../../server/src/cli/formats/sarif';
import type { RunReport } from '../../server/src/cli/report';
import { RULES } from '../../server/src/engine/rules';
import type { Range } from '../../server/src/engine/types';

const range = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

// sample/article.txt, lines 7 and 8 (0-based 6 and 7).
const PUTIN_QUOTE =
  'Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 18-month conflict has depleted.';
const PAK_QUOTE =
  'Kim was accompanied by Pak Thae Song, the head of North Korea’s committee for space science and technology, and Navy Adm. Kim Myong Sik, both of whom are involved in the country’s efforts to obtain spy satellites and ballistic missile submarines with nuclear warheads.';

// drafts/summary.md:
//   0  # Putin and Kim meet at Vostochny
//   1
//   2  Putin hopes North Korea will replenish the munitions stocks that the 12-month conflict has depleted.
//   3  Kim was accompanied by Pak Thae Sung, the head of the space committee.
//   4  The two leaders also agreed to open a new rail link.
function fixture(): RunReport {
  return {
    root: '/home/writer/newsroom',
    files: [
      {
        path: 'drafts/summary.md',
        sources: ['article.txt'],
        findings: [
          {
            rule: 'number-mismatch',
            severity: 'error',
            message: 'Draft says "12-month", but article.txt says "18-month".',
            range: range(2, 69, 2, 77),
            actual: '12-month',
            expected: '18-month',
            evidence: [{ source: 'article.txt', quote: PUTIN_QUOTE, range: range(7, 0, 7, 118) }],
          },
          {
            rule: 'name-mismatch',
            severity: 'warning', // configured down from the default error
            message: 'Draft names "Pak Thae Sung", but article.txt names "Pak Thae Song".',
            range: range(3, 23, 3, 36),
            actual: 'Pak Thae Sung',
            expected: 'Pak Thae Song',
            evidence: [{ source: 'article.txt', quote: PAK_QUOTE, range: range(6, 0, 6, 268) }],
          },
          {
            rule: 'unsupported-sentence',
            severity: 'info',
            message: 'No source passage supports this sentence.',
            range: range(4, 0, 4, 52),
            actual: 'The two leaders also agreed to open a new rail link.',
            evidence: [],
          },
        ],
        sentences: { total: 4, supported: 3 },
      },
      { path: 'drafts/clean.md', sources: ['article.txt'], findings: [], sentences: { total: 2, supported: 2 } },
    ],
    errors: [{ path: 'drafts/missing.md', message: 'cannot read drafts/missing.md: no such file or directory' }],
  };
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('output formats', () => {
  it('lists the formats and dispatches each one', () => {
    assert.deepEqual(OUTPUT_FORMATS, ['stylish', 'json', 'sarif', 'github']);
    for (const f of OUTPUT_FORMATS) {
      assert.ok(isOutputFormat(f));
      const out = formatReport(fixture(), f);
      assert.equal(typeof out, 'string');
      assert.ok(out.endsWith('\n'), `${f} ends with a newline`);
    }
    assert.equal(isOutputFormat('xml'), false);
  });

  describe('stylish', () => {
    const SHORT_PAK =
      'Kim was accompanied by Pak Thae Song, the head of North Korea’s committee for space science and technology, and Navy Adm. Kim Myong Sik, both of whom are…';

    it('prints findings with 1-based positions, evidence, per-file summaries, totals and run errors', () => {
      const out = formatReport(fixture(), 'stylish', { color: false });
      assert.ok(!out.includes('\x1b['), 'no ANSI codes without colour');
      assert.equal(
        out,
        [
          'drafts/summary.md',
          '  3:70  error    Draft says "12-month", but article.txt says "18-month".              number-mismatch',
          `    article.txt:8: “${PUTIN_QUOTE}”`,
          '  4:24  warning  Draft names "Pak Thae Sung", but article.txt names "Pak Thae Song".  name-mismatch',
          `    article.txt:7: “${SHORT_PAK}”`,
          '  5:1   info     No source passage supports this sentence.                            unsupported-sentence',
          '  3/4 sentences supported',
          '',
          'drafts/clean.md',
          '  ✔ no problems',
          '  2/2 sentences supported',
          '',
          '✖ 3 problems (1 error, 1 warning, 1 info)',
          '',
          '✖ 1 run error:',
          '  drafts/missing.md: cannot read drafts/missing.md: no such file or directory',
          '',
        ].join('\n'),
      );
    });

    it('shortens long evidence quotes to at most 160 characters with an ellipsis', () => {
      assert.equal(Array.from(SHORT_PAK).length <= 160, true);
      assert.ok(SHORT_PAK.endsWith('…'));
      assert.ok(PAK_QUOTE.startsWith(SHORT_PAK.slice(0, -1)));
    });

    it('uses the ESLint-style total line without info, and "no problems" when clean', () => {
      const r = fixture();
      r.files[0].findings = r.files[0].findings.filter((f) => f.severity !== 'info');
      r.files[0].findings.push({ ...r.files[0].findings[0], range: range(0, 2, 0, 7) });
      r.errors = [];
      const lines = formatReport(r, 'stylish').split('\n');
      assert.equal(lines.at(-2), '✖ 3 problems (2 errors, 1 warning)');

      const clean: RunReport = { root: '/r', files: [r.files[1]], errors: [] };
      assert.equal(formatReport(clean, 'stylish'), 'drafts/clean.md\n  ✔ no problems\n  2/2 sentences supported\n\n✔ no problems\n');
    });

    it('colours only when asked, without changing the text', () => {
      const plain = formatReport(fixture(), 'stylish', { color: false });
      const coloured = formatReport(fixture(), 'stylish', { color: true });
      assert.ok(coloured.includes('\x1b[31merror'), 'errors in red');
      assert.ok(coloured.includes('\x1b[33mwarning'), 'warnings in yellow');
      assert.equal(stripAnsi(coloured), plain);
    });
  });

  describe('json', () => {
    it('round-trips to the same shape, files first', () => {
      const report = fixture();
      const out = formatReport(report, 'json');
      assert.ok(out.endsWith('}\n'));
      const parsed = JSON.parse(out);
      assert.deepEqual(parsed, report);
      assert.equal(Object.keys(parsed)[0], 'files');
      const f = parsed.files[0].findings[0];
      assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'range', 'actual', 'expected', 'evidence']);
      assert.deepEqual(f.range, { start: { line: 2, character: 69 }, end: { line: 2, character: 77 } }, 'LSP ranges as is');
    });
  });

  describe('github', () => {
    it('prints one workflow command per finding and run error', () => {
      const out = formatReport(fixture(), 'github');
      assert.equal(
        out,
        [
          `::error file=drafts/summary.md,line=3,col=70,endLine=3,endColumn=78,title=number-mismatch::Draft says "12-month", but article.txt says "18-month".%0Aarticle.txt:8: “${PUTIN_QUOTE}”`,
          `::warning file=drafts/summary.md,line=4,col=24,endLine=4,endColumn=37,title=name-mismatch::Draft names "Pak Thae Sung", but article.txt names "Pak Thae Song".%0Aarticle.txt:7: “${PAK_QUOTE}”`,
          '::notice file=drafts/summary.md,line=5,col=1,endLine=5,endColumn=53,title=unsupported-sentence::No source passage supports this sentence.',
          '::error::drafts/missing.md: cannot read drafts/missing.md: no such file or directory',
          '',
        ].join('\n'),
      );
    });

    it('escapes messages and properties as GitHub requires', () => {
      assert.equal(escapeData('50%, a: b\r\nc'), '50%25, a: b%0D%0Ac');
      assert.equal(escapeProperty('q1, 2024: 5%'), 'q1%2C 2024%3A 5%25');
      const r: RunReport = {
        root: '/r',
        files: [
          {
            path: 'drafts/q1, 2024: notes.md',
            sources: ['src/a.txt'],
            findings: [
              {
                rule: 'number-mismatch',
                severity: 'error',
                message: 'Growth was 5%, not 7%: check\nthe table',
                range: range(0, 0, 0, 2),
                evidence: [{ source: 'src/a.txt', quote: 'Growth was 7%, up from 6%.', range: range(9, 0, 9, 26) }],
              },
            ],
          },
        ],
        errors: [{ message: 'bad config: 100% wrong\nline two' }],
      };
      assert.equal(
        formatReport(r, 'github'),
        '::error file=drafts/q1%2C 2024%3A notes.md,line=1,col=1,endLine=1,endColumn=3,title=number-mismatch::' +
          'Growth was 5%25, not 7%25: check%0Athe table%0Asrc/a.txt:10: “Growth was 7%25, up from 6%25.”\n' +
          '::error::bad config: 100%25 wrong%0Aline two\n',
      );
    });

    it('leaves out columns for a range over several lines', () => {
      const r = fixture();
      r.files[0].findings = [{ ...r.files[0].findings[2], range: range(4, 10, 6, 3) }];
      r.errors = [];
      assert.equal(
        formatReport(r, 'github'),
        '::notice file=drafts/summary.md,line=5,endLine=7,title=unsupported-sentence::No source passage supports this sentence.\n',
      );
    });
  });

  describe('sarif', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const sarif = () => JSON.parse(formatReport(fixture(), 'sarif', { version: '0.1.0' }));

    it('uses the official SARIF 2.1.0 schema (draft-07)', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.title, 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    });

    it('validates against the schema', () => {
      const log = sarif();
      assert.ok(validate(log), ajv.errorsText(validate.errors));
      const empty = JSON.parse(formatReport({ root: '/r', files: [], errors: [] }, 'sarif'));
      assert.ok(validate(empty), ajv.errorsText(validate.errors));
    });

    it('would reject a result with startLine 0', () => {
      const log = sarif();
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.equal(validate(log), false);
      assert.ok(
        validate.errors!.some((e) => e.instancePath.endsWith('/region/startLine') && e.keyword === 'minimum'),
        ajv.errorsText(validate.errors),
      );
    });

    it('describes the tool and every rule', () => {
      const log = sarif();
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const driver = run.tool.driver;
      assert.equal(driver.name, 'grounded');
      assert.equal(driver.version, '0.1.0');
      assert.equal(driver.informationUri, GROUNDED_HOME);
      assert.equal(driver.rules.length, SARIF_RULES.length);
      for (const r of Object.values(RULES)) {
        const d = driver.rules.find((x: { id: string }) => x.id === r.id);
        assert.ok(d, r.id);
        assert.equal(d.shortDescription.text, r.summary);
        assert.equal(d.helpUri, `https://github.com/grounded-dev/grounded#${r.id}`);
        assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note' }[r.defaultSeverity]);
      }
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/writer/newsroom/');
      assert.deepEqual(run.invocations[0].executionSuccessful, false);
      assert.equal(run.invocations[0].toolExecutionNotifications[0].message.text, fixture().errors[0].message);
    });

    it('maps level, ruleIndex and 1-based regions', () => {
      const run = sarif().runs[0];
      const results = run.results;
      assert.equal(results.length, 3);
      assert.deepEqual(
        results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]),
        [
          ['number-mismatch', 'error'],
          ['name-mismatch', 'warning'],
          ['unsupported-sentence', 'note'],
        ],
      );
      for (const r of results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const first = results[0];
      assert.equal(first.message.text, 'Draft says "12-month", but article.txt says "18-month".');
      assert.deepEqual(first.locations[0].physicalLocation.artifactLocation.uri, 'drafts/summary.md');
      assert.equal(first.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 3, startColumn: 70, endLine: 3, endColumn: 78 });
      assert.equal(first.relatedLocations[0].message.text, PUTIN_QUOTE);
      assert.equal(first.relatedLocations[0].physicalLocation.artifactLocation.uri, 'article.txt');
      assert.deepEqual(first.relatedLocations[0].physicalLocation.region, { startLine: 8, startColumn: 1, endLine: 8, endColumn: 119 });
      assert.deepEqual(first.properties, { actual: '12-month', expected: '18-month' });
      assert.equal(results[2].relatedLocations, undefined);
    });

    it('fingerprints by rule, path and flagged words, not by line', () => {
      const fp = (r: RunReport) =>
        JSON.parse(formatReport(r, 'sarif')).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints[FINGERPRINT_KEY]);
      const before = fp(fixture());
      assert.match(before[0], /^[0-9a-f]{32}:1$/);
      assert.equal(new Set(before).size, 3);

      const moved = fixture();
      for (const f of moved.files[0].findings) f.range = range(f.range.start.line + 5, f.range.start.character + 3, f.range.end.line + 5, f.range.end.character + 3);
      assert.deepEqual(fp(moved), before, 'stable when the finding moves');

      const changed = fixture();
      changed.files[0].findings[0].actual = '14-month';
      assert.notEqual(fp(changed)[0], before[0]);
      const renamed = fixture();
      renamed.files[0].path = 'drafts/other.md';
      assert.notEqual(fp(renamed)[0], before[0]);

      const twice = fixture();
      twice.files[0].findings.push({ ...twice.files[0].findings[0], range: range(0, 2, 0, 10) });
      const fps = fp(twice);
      assert.equal(fps[3], before[0].replace(/:1$/, ':2'), 'repeats are numbered');
    });

    it('encodes paths as URI references', () => {
      const r = fixture();
      r.files[0].path = 'drafts/my draft#1.md';
      const log = JSON.parse(formatReport(r, 'sarif'));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'drafts/my%20draft%231.md');
      assert.ok(validate(log), ajv.errorsText(validate.errors));
    });
  });
});
