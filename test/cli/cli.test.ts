// Runs the BUILT command line (dist/cli.js) in temporary workspaces, as a user or CI would.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunReport } from '../../server/src/cli/report';
import { SEED_ARTICLE_PATH, seedArticle, seedDraftBody } from '../fixtures/seed';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function grounded(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(run: Run): RunReport {
  try {
    return JSON.parse(run.stdout) as RunReport;
  } catch (e) {
    assert.fail(`stdout is not JSON (${String(e)}):\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr}`);
  }
}

describe('cli: grounded (built)', function () {
  this.timeout(120_000);
  let ws: string;
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), content);
  };

  before(() => {
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'pipe', shell: process.platform === 'win32' });
    assert.ok(fs.existsSync(cli), 'npm run build makes dist/cli.js');
  });
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-cli-')));
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  describe('usage', () => {
    it('prints the version from package.json', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
      for (const flag of ['--version', '-v']) {
        const r = grounded(ws, flag);
        assert.equal(r.status, 0);
        assert.equal(r.stdout, `${pkg.version}\n`);
      }
    });

    it('prints help', () => {
      const top = grounded(ws, '--help');
      assert.equal(top.status, 0);
      assert.match(top.stdout, /Usage: grounded check/);
      const check = grounded(ws, 'check', '--help');
      assert.equal(check.status, 0);
      assert.match(check.stdout, /--format <name>/);
      assert.match(check.stdout, /Exit codes: 0/);
    });

    it('exits 2 with a message and the usage for an unknown option', () => {
      const r = grounded(ws, 'check', '--bogus');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^grounded: unknown option --bogus\n/);
      assert.match(r.stderr, /Usage: grounded check/);
      assert.equal(r.stdout, '');
    });

    it('exits 2 for an unknown format, a missing command or an unknown command', () => {
      write('a.md', 'Text.\n');
      const f = grounded(ws, 'check', 'a.md', '--format', 'xml');
      assert.equal(f.status, 2);
      assert.match(f.stderr, /unknown format "xml"; use stylish, json, sarif or github/);
      assert.equal(grounded(ws).status, 2);
      const c = grounded(ws, 'chek', 'a.md');
      assert.equal(c.status, 2);
      assert.match(c.stderr, /unknown command "chek"/);
    });

    it('exits 2 naming a glob that matches nothing', () => {
      write('drafts/a.md', 'Text.\n');
      const r = grounded(ws, 'check', 'drafts/*.mdx');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: no files match drafts\/\*\.mdx/);
    });
  });

  describe('file errors', () => {
    it('exits 2 naming a missing source', () => {
      write('draft.md', '---\nsources: sources/missing.txt\n---\nKim met Putin.\n');
      const r = grounded(ws, 'check', 'draft.md', '--format', 'json');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: sources\/missing\.txt: no such file \(a source of draft\.md\)/);
      const report = json(r);
      assert.deepEqual(report.errors.map(e => e.path), ['sources/missing.txt']);
      assert.equal(report.files[0].findings[0].rule, 'source-error');
      assert.equal(report.files[0].findings[0].range.start.line, 1, 'points at the front matter entry');
    });

    it('exits 2 naming a binary source', () => {
      write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      write('draft.md', '---\nsources: photo.txt\n---\nKim met Putin.\n');
      const r = grounded(ws, 'check', 'draft.md');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: photo\.txt: looks binary \(NUL byte at offset 8\)/);
    });

    it('exits 2 for an empty source, a missing draft and a source outside the workspace, still checking the other drafts', () => {
      fs.mkdirSync(path.join(ws, 'proj'));
      fs.writeFileSync(path.join(ws, 'secret.txt'), 'Secret.\n');
      const proj = path.join(ws, 'proj');
      fs.writeFileSync(path.join(proj, 'empty.txt'), '');
      fs.writeFileSync(path.join(proj, 'a.md'), '---\nsources: empty.txt\n---\nText.\n');
      fs.writeFileSync(path.join(proj, 'b.md'), '---\nsources: ../secret.txt\n---\nText.\n');
      fs.writeFileSync(path.join(proj, 'c.md'), 'No sources here.\n');
      const r = grounded(proj, 'check', 'a.md', 'b.md', 'c.md', 'gone.md', '--format', 'json');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: empty\.txt: is empty/);
      assert.match(r.stderr, /grounded: gone\.md: no such file/);
      assert.ok(r.stderr.includes(`grounded: b.md: source ../secret.txt is outside the workspace ${proj}; set "allowOutsideWorkspace": true in .grounded.json to allow it`), r.stderr);
      const report = json(r);
      assert.equal(report.root, proj);
      assert.deepEqual(report.files.map(f => f.path), ['a.md', 'b.md', 'c.md']);
      assert.equal(report.files[2].findings[0].rule, 'no-sources');
      assert.deepEqual(report.errors.map(e => e.path).sort(), ['b.md', 'empty.txt', 'gone.md']);
    });

    it('reports a refused --source or an empty config glob once, not once per draft', () => {
      const proj = path.join(ws, 'proj');
      fs.mkdirSync(proj);
      fs.writeFileSync(path.join(ws, 'secret.txt'), 'Secret.\n');
      fs.writeFileSync(path.join(proj, 'a.md'), 'Text.\n');
      fs.writeFileSync(path.join(proj, 'b.md'), 'Text.\n');
      const r = grounded(proj, 'check', 'a.md', 'b.md', '--source', '../secret.txt', '--format', 'json');
      assert.equal(r.status, 2);
      assert.equal(r.stderr.split('is outside the workspace').length - 1, 1, r.stderr);
      const report = json(r);
      assert.equal(report.errors.length, 1);
      assert.equal(report.errors[0].path, undefined);
      assert.deepEqual(report.files.map(f => f.findings.map(x => x.rule)), [['source-error'], ['source-error']]);

      fs.writeFileSync(path.join(proj, '.grounded.json'), JSON.stringify({ sources: { '*.md': 'sources/*.txt' } }));
      const c = grounded(proj, 'check', '--format', 'json');
      assert.equal(c.status, 2);
      assert.deepEqual(json(c).errors, [{ path: '.grounded.json', message: 'no files match the source glob sources/*.txt' }]);
    });

    it('exits 2 for a bad config, with its line and column', () => {
      write('.grounded.json', '{\n  "rules": {"name-mismatch": "warn"}\n}\n');
      write('a.md', 'Text.\n');
      const r = grounded(ws, 'check', 'a.md');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: \.grounded\.json: "rules" › "name-mismatch" is "warn"; allowed values: error, warning, info, off/);
      write('.grounded.json', '{\n  "rules": {,}\n}\n');
      const bad = grounded(ws, 'check', 'a.md');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /grounded: \.grounded\.json: invalid JSON at line 2, column 13: expected a property name/);
    });

    it('reports malformed front matter with its line', () => {
      write('source.txt', 'Text.\n');
      write('a.md', '---\ntitle: x\nsources: [source.txt\n---\nText.\n');
      const r = grounded(ws, 'check', 'a.md', '--format', 'json');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /grounded: a\.md: front matter, line 3: invalid YAML/);
      assert.equal(json(r).files[0].findings[0].range.start.line, 2);
    });
  });

  describe('sources', () => {
    it('warns about a draft with no sources, and --quiet hides the warning', () => {
      write('drafts/a.md', 'Kim met Putin.\n');
      const r = grounded(ws, 'check', 'drafts/a.md', '--format', 'json');
      assert.equal(r.status, 0);
      const f = json(r).files[0];
      assert.deepEqual(f.findings.map(x => [x.rule, x.severity, x.message, x.range.start.line]), [[
        'no-sources',
        'warning',
        'no sources for drafts/a.md: add `sources:` front matter, a .grounded.json entry, or --source',
        0,
      ]]);
      const stylish = grounded(ws, 'check', 'drafts/a.md');
      assert.equal(stylish.status, 0);
      assert.ok(stylish.stdout.includes('no sources for drafts/a.md'), stylish.stdout);
      const quiet = grounded(ws, 'check', 'drafts/a.md', '--format', 'json', '--quiet');
      assert.equal(quiet.status, 0);
      assert.deepEqual(json(quiet).files.flatMap(x => x.findings), []);
    });

    it('exits 0 with a JSON report for a draft whose sources resolve', () => {
      fs.copyFileSync(SEED_ARTICLE_PATH, path.join(ws, 'article.txt'));
      write('drafts/ok.md', '---\nsources: ../article.txt\n---\nKim also stated that North Korea’s relations with Russia are “the priority.”\n');
      const r = grounded(ws, 'check', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const report = json(r);
      assert.equal(report.root, ws);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.files.map(f => [f.path, f.sources]), [['drafts/ok.md', ['article.txt']]]);
      assert.ok(report.files[0].sentences, 'sentence counts are reported');
      assert.deepEqual(report.files[0].findings.filter(f => f.severity === 'error'), []);
    });

    it('takes --source over front matter and .grounded.json, and skips drafts that are sources', () => {
      write('a.txt', 'Alpha text.\n');
      write('b.txt', 'Beta text.\n');
      write('notes.md', 'Notes used as a source.\n');
      write('.grounded.json', JSON.stringify({ sources: { 'drafts/*.md': ['a.txt', 'notes.md'] } }));
      write('drafts/x.md', '---\nsources: ../b.txt\n---\nBeta text.\n');
      write('drafts/y.md', 'Alpha text.\n');
      const byConfig = json(grounded(ws, 'check', '--format', 'json'));
      assert.deepEqual(byConfig.files.map(f => [f.path, f.sources]), [
        ['drafts/x.md', ['b.txt']],
        ['drafts/y.md', ['a.txt', 'notes.md']],
      ]);
      const all = json(grounded(ws, 'check', '.', '--format', 'json'));
      assert.deepEqual(all.files.map(f => f.path), ['drafts/x.md', 'drafts/y.md'], 'notes.md is a source, not a draft');
      const named = json(grounded(ws, 'check', '.', 'notes.md', '--format', 'json'));
      assert.deepEqual(named.files.map(f => f.path), ['drafts/x.md', 'drafts/y.md', 'notes.md']);
      const cli = json(grounded(path.join(ws, 'drafts'), 'check', '*.md', '--source', '../a.txt', '--format', 'json'));
      assert.deepEqual(cli.files.map(f => [f.path, f.sources]), [
        ['drafts/x.md', ['a.txt']],
        ['drafts/y.md', ['a.txt']],
      ]);
    });

    it('uses --config: its folder is the root', () => {
      write('conf/grounded.json', JSON.stringify({ sources: { 'd.md': 's.txt' } }));
      write('conf/s.txt', 'Text.\n');
      write('conf/d.md', 'Text.\n');
      const r = grounded(ws, 'check', '--config', 'conf/grounded.json', '--format', 'json');
      const report = json(r);
      assert.equal(report.root, path.join(ws, 'conf'));
      assert.deepEqual(report.files.map(f => [f.path, f.sources]), [['d.md', ['s.txt']]]);
      const missing = grounded(ws, 'check', '--config', 'nope.json');
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /grounded: nope\.json: no such file/);
    });
  });

  it('keeps a large JSON report complete when piped', () => {
    const n = 3000;
    for (let i = 0; i < n; i++) write(`drafts/d${String(i).padStart(4, '0')}.md`, `Draft number ${i}.\n`);
    const r = grounded(ws, 'check', 'drafts', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const report = json(r);
    assert.equal(report.files.length, n);
    assert.equal(report.files[n - 1].path, `drafts/d${n - 1}.md`);
  });

  // These need the engine's real verdicts.
  describe('with the engine', () => {
    const article = seedArticle;
    const seedDraft = seedDraftBody;

    it('exits 1 with a number-mismatch for "12-month" where the source says "18-month"', () => {
      write('article.txt', article());
      write('draft.md', `---\nsources: [article.txt]\n---\n${seedDraft().replace('18-month', '12-month')}`);
      const r = grounded(ws, 'check', 'draft.md', '--format', 'json');
      assert.equal(r.status, 1, r.stderr);
      const findings = json(r).files[0].findings;
      const f = findings.find(x => x.rule === 'number-mismatch');
      assert.ok(f, `a number-mismatch among ${JSON.stringify(findings, null, 2)}`);
      assert.equal(f.expected, '18-month');
      assert.equal(f.severity, 'error');
      assert.ok(f.evidence.length > 0 && f.evidence[0].source === 'article.txt');
    });

    it('exits 0 with no error or warning for the unchanged seed draft', () => {
      write('article.txt', article());
      write('draft.md', `---\nsources: [article.txt]\n---\n${seedDraft()}`);
      const r = grounded(ws, 'check', 'draft.md', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const findings = json(r).files[0].findings;
      assert.deepEqual(findings.filter(f => f.severity !== 'info'), []);
    });

    it('applies the config\'s rule severities', () => {
      write('article.txt', article());
      write('draft.md', `---\nsources: [article.txt]\n---\n${seedDraft().replace('18-month', '12-month')}`);
      write('.grounded.json', JSON.stringify({ rules: { 'number-mismatch': 'warning' } }));
      const r = grounded(ws, 'check', 'draft.md', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const f = json(r).files[0].findings.find(x => x.rule === 'number-mismatch');
      assert.equal(f?.severity, 'warning');
    });

    it('says so when a draft is empty, as information (exit 0)', () => {
      write('article.txt', article());
      write('empty.md', '');
      const r = grounded(ws, 'check', 'empty.md', '--source', 'article.txt', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(json(r).files[0].findings.map(f => [f.rule, f.severity, f.message]), [
        ['empty-draft', 'info', 'The draft has no prose to check: it is empty or holds only front matter, code or comments.'],
      ]);
    });
  });
});
