// `grounded check` over many drafts: worker threads (--jobs), CI shards (--shard i/n), the progress bar. Runs the
// BUILT command line, as CI would; the reports must not depend on how the work was split.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Progress, progressLine, wantsProgress } from '../../server/src/cli/progress';
import type { RunReport } from '../../server/src/cli/report';
import { seedArticle, seedDraftBody } from '../fixtures/seed';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist/cli.js');

function grounded(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const byPath = <T extends { path?: string }>(xs: T[]) => [...xs].sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0));

describe('cli: many drafts (--jobs, --shard, progress)', function () {
  this.timeout(180_000);
  let ws: string;
  const DRAFTS = 40;

  before(() => {
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'pipe', shell: process.platform === 'win32' });
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-parallel-')));
    fs.mkdirSync(path.join(ws, 'sources'));
    fs.mkdirSync(path.join(ws, 'drafts/a'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'drafts/b'), { recursive: true });
    const article = seedArticle();
    fs.writeFileSync(path.join(ws, 'sources/article.txt'), article);
    // A second source set for some drafts: the same article with other figures.
    fs.writeFileSync(path.join(ws, 'sources/other.txt'), article.replace(/\d+/g, d => String(Number(d) + 3)));
    const body = seedDraftBody();
    for (let i = 0; i < DRAFTS; i++) {
      // Some faithful, some with a wrong number, a wrong name or a sentence of their own.
      let text = body;
      if (i % 3 === 1) text = text.replace('18-month', `${10 + i}-month`);
      if (i % 5 === 2) text = text.replace('Kim', 'Lim Soo-suk');
      if (i % 4 === 3) text += `- The two leaders later ate dinner together ${i} times.\n`;
      const front = i % 7 === 6 ? '---\nsources: [../../sources/other.txt]\n---\n' : '';
      fs.writeFileSync(path.join(ws, `drafts/${i % 2 ? 'a' : 'b'}/draft-${String(i).padStart(2, '0')}.md`), front + text);
    }
    // One draft whose source is missing (an error of its own), and one unreadable as a draft (binary).
    fs.writeFileSync(path.join(ws, 'drafts/a/missing-source.md'), '---\nsources: [../../sources/nope.txt]\n---\nKim met Putin.\n');
    fs.writeFileSync(path.join(ws, 'drafts/b/binary.md'), Buffer.from([0x4b, 0x69, 0x6d, 0x00, 0x01]));
    fs.writeFileSync(path.join(ws, '.grounded.json'), JSON.stringify({ sources: { 'drafts/**/*.md': ['sources/article.txt'] } }));
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  const run = (...args: string[]) => grounded(ws, ['check', '--format', 'json', ...args]);

  it('gives the same JSON, exit code and errors on worker threads as on one thread', () => {
    const one = run('--jobs', '1');
    const two = run('--jobs', '2');
    const four = run('--jobs', '4');
    assert.equal(one.status, 2, one.stderr); // the missing source and the binary draft
    const report = JSON.parse(one.stdout) as RunReport;
    assert.equal(report.files.length, DRAFTS + 1); // the binary draft is an error, not a file report
    assert.ok(report.files.some(f => f.findings.some(x => x.rule === 'number-mismatch')));
    for (const other of [two, four]) {
      assert.equal(other.status, one.status);
      assert.equal(other.stdout, one.stdout);
      assert.equal(other.stderr, one.stderr);
    }
    // The stylish and SARIF reports too.
    for (const format of ['stylish', 'sarif']) {
      const a = grounded(ws, ['check', '--format', format, '--jobs', '1']);
      const b = grounded(ws, ['check', '--format', format, '--jobs', '2']);
      assert.equal(b.stdout, a.stdout, format);
    }
  });

  it('lists the files sorted by path', () => {
    const report = JSON.parse(run().stdout) as RunReport;
    const paths = report.files.map(f => f.path);
    assert.deepEqual(paths, [...paths].sort());
  });

  it('--shard i/n: the n shards together give the report of one run', () => {
    const whole = JSON.parse(run('--jobs', '1').stdout) as RunReport;
    for (const n of [1, 2, 3, 7]) {
      const files: RunReport['files'] = [];
      const errors = new Map<string, RunReport['errors'][number]>();
      let worst = 0;
      for (let i = 1; i <= n; i++) {
        const r = run('--shard', `${i}/${n}`);
        worst = Math.max(worst, r.status ?? 99);
        const part = JSON.parse(r.stdout) as RunReport;
        assert.equal(part.root, whole.root);
        files.push(...part.files);
        for (const e of part.errors) errors.set(JSON.stringify(e), e);
        if (n > 1) assert.ok(part.files.length < whole.files.length, `shard ${i}/${n} checks only its part`);
      }
      assert.deepEqual(byPath(files), whole.files, `${n} shards`);
      assert.deepEqual(byPath([...errors.values()]), byPath(whole.errors), `${n} shards: errors`);
      assert.equal(worst, 2);
    }
  });

  it('exits 2 for a malformed --shard or --jobs', () => {
    for (const bad of ['0/2', '3/2', '1/0', '2', 'a/b', '1/2/3', '-1/2', '']) {
      const r = run(`--shard=${bad}`);
      assert.equal(r.status, 2, `--shard ${bad}`);
      assert.match(r.stderr, /--shard needs i\/n with 1 <= i <= n/);
      assert.equal(r.stdout, '');
    }
    for (const bad of ['0', '-2', 'x', '1.5']) {
      const r = run(`--jobs=${bad}`);
      assert.equal(r.status, 2, `--jobs ${bad}`);
      assert.match(r.stderr, /--jobs needs a positive number/);
    }
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    for (const env of [{ CI: '' }, { CI: 'true' }]) {
      const r = grounded(ws, ['check', '--jobs', '2'], env);
      assert.doesNotMatch(r.stderr, /\r|\u001b\[K|drafts\]|█/);
      assert.doesNotMatch(r.stdout, /\r|█/);
    }
  });
});

describe('cli: the progress bar', () => {
  it('is wanted only on a terminal, outside CI, without --quiet', () => {
    assert.equal(wantsProgress({ env: {}, stderrIsTTY: true, quiet: false }), true);
    assert.equal(wantsProgress({ env: { CI: 'false' }, stderrIsTTY: true, quiet: false }), true);
    assert.equal(wantsProgress({ env: {}, stderrIsTTY: false, quiet: false }), false);
    assert.equal(wantsProgress({ env: { CI: 'true' }, stderrIsTTY: true, quiet: false }), false);
    assert.equal(wantsProgress({ env: { CI: '1' }, stderrIsTTY: true, quiet: false }), false);
    assert.equal(wantsProgress({ env: {}, stderrIsTTY: true, quiet: true }), false);
  });

  it('draws a bar with the count, throttled, and erases itself', () => {
    assert.equal(progressLine(5, 10, 34), 'grounded [█████░░░░░] 5/10 drafts');
    const out: string[] = [];
    let t = 0;
    const p = new Progress(s => out.push(s), 3, 80, () => t);
    p.update(1);
    p.update(2); // within 100 ms: skipped
    t = 500;
    p.update(3); // the last one is always drawn
    p.done();
    assert.equal(out.length, 3);
    assert.match(out[0], /^\rgrounded \[.*\] 1\/3 drafts\u001b\[K$/);
    assert.match(out[1], /3\/3 drafts/);
    assert.equal(out[2], '\r\u001b[K');
  });
});
