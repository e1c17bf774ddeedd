import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig, type GroundedConfig } from '../../server/src/workspace/config';
import { parseFrontMatter } from '../../server/src/workspace/frontMatter';
import { configSourceSpecs, resolveSources } from '../../server/src/workspace/resolveSources';

describe('workspace/resolveSources', () => {
  let base: string; // holds the workspace and things outside it
  let root: string;
  let config: GroundedConfig;
  const at = (rel: string) => path.join(root, rel);
  const write = (rel: string, text = 'text\n') => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), text);
  };
  const draft = (rel: string, text: string) => {
    write(rel, text);
    return { file: at(rel), frontMatter: parseFrontMatter(text) };
  };
  beforeEach(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-resolve-')));
    root = path.join(base, 'ws');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(base, 'secret.txt'), 'outside\n');
    config = defaultConfig(root);
    write('sources/a.txt');
    write('sources/b.txt');
    write('sources/c.txt');
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('takes front matter sources relative to the draft folder, with their ranges', () => {
    const d = draft('drafts/x.md', '---\nsources:\n  - ../sources/b.txt\n  - ../sources/a.txt\n---\nBody\n');
    const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
    assert.equal(r.origin, 'front-matter');
    assert.deepEqual(r.sources, [at('sources/a.txt'), at('sources/b.txt')]);
    assert.deepEqual(r.problems, []);
    assert.equal(r.ranges.get(at('sources/b.txt'))!.start.line, 2);
  });

  it('takes config sources relative to the root, as the union of every matching draft glob', () => {
    config.sources = [
      { draftGlob: 'drafts/**/*.md', sourceGlobs: ['sources/a.txt'] },
      { draftGlob: 'drafts/eu/*.md', sourceGlobs: ['sources/{b,c}.txt'] },
      { draftGlob: 'other/*.md', sourceGlobs: ['sources/c.txt'] },
    ];
    const d = draft('drafts/eu/x.md', 'Body\n');
    const r = resolveSources(d.file, { config });
    assert.equal(r.origin, 'config');
    assert.deepEqual(r.sources, [at('sources/a.txt'), at('sources/b.txt'), at('sources/c.txt')]);
    assert.deepEqual(configSourceSpecs(config, at('drafts/y.md')), ['sources/a.txt']);
    assert.deepEqual(configSourceSpecs(config, at('elsewhere.md')), []);
  });

  it('ranks --source over front matter over config', () => {
    config.sources = [{ draftGlob: '**/*.md', sourceGlobs: ['sources/c.txt'] }];
    const d = draft('drafts/x.md', '---\nsources: ../sources/b.txt\n---\n');
    assert.deepEqual(resolveSources(d.file, { config }).sources, [at('sources/c.txt')]);
    assert.deepEqual(resolveSources(d.file, { config, frontMatter: d.frontMatter }).sources, [at('sources/b.txt')]);
    const cli = resolveSources(d.file, { config, frontMatter: d.frontMatter, cliSources: ['a.txt'], cwd: at('sources') });
    assert.equal(cli.origin, 'cli');
    assert.deepEqual(cli.sources, [at('sources/a.txt')]);
    // an empty front matter list falls through to the config
    const empty = draft('drafts/y.md', '---\nsources: []\n---\n');
    assert.deepEqual(resolveSources(empty.file, { config, frontMatter: empty.frontMatter }).sources, [at('sources/c.txt')]);
  });

  it('expands globs, keeps missing plain paths and reports globs that match nothing', () => {
    const d = draft('drafts/x.md', '---\nsources: [../sources/*.txt, ../sources/missing.txt]\n---\n');
    const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
    assert.deepEqual(r.sources, ['a', 'b', 'c', 'missing'].map(n => at(`sources/${n}.txt`)));
    const none = draft('drafts/y.md', '---\nsources: ../sources/*.pdf\n---\n');
    const r2 = resolveSources(none.file, { config, frontMatter: none.frontMatter });
    assert.deepEqual(r2.sources, []);
    assert.deepEqual(r2.problems.map(p => [p.kind, p.message]), [['no-match', 'no files match the source glob ../sources/*.pdf']]);
    assert.equal(r2.problems[0].range!.start.line, 1);
  });

  it('never makes a draft its own source', () => {
    config.sources = [{ draftGlob: 'notes/*.md', sourceGlobs: ['notes/*.md'] }];
    write('notes/a.md');
    write('notes/b.md');
    assert.deepEqual(resolveSources(at('notes/a.md'), { config }).sources, [at('notes/b.md')]);
    const only = resolveSources(at('notes/a.md'), { config, cliSources: ['notes/a.md'], cwd: root });
    assert.deepEqual(only.sources, []);
    assert.match(only.reason!, /^no sources for notes\/a\.md/);
  });

  it('explains a draft with no sources', () => {
    const r = resolveSources(at('drafts/lonely.md'), { config });
    assert.equal(r.origin, undefined);
    assert.deepEqual(r.sources, []);
    assert.equal(r.reason, 'no sources for drafts/lonely.md: add `sources:` front matter, a .grounded.json entry, or --source');
  });

  describe('sources outside the workspace', () => {
    it('refuses a .. path', () => {
      const d = draft('x.md', '---\nsources: ../secret.txt\n---\n');
      const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
      assert.deepEqual(r.sources, []);
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].kind, 'outside-workspace');
      assert.equal(r.problems[0].message,
        `source ../secret.txt is outside the workspace ${root}; set "allowOutsideWorkspace": true in .grounded.json to allow it`);
      assert.equal(r.reason, undefined);
    });

    it('refuses an absolute path, and a --source outside', () => {
      const abs = path.join(base, 'secret.txt');
      const d = draft('x.md', `---\nsources: [${JSON.stringify(abs)}, ${JSON.stringify(at('sources/a.txt'))}]\n---\n`);
      const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
      assert.deepEqual(r.sources, [at('sources/a.txt')]);
      assert.deepEqual(r.problems.map(p => p.spec), [abs]);
      const cli = resolveSources(d.file, { config, cliSources: ['../secret.txt'], cwd: root });
      assert.match(cli.problems[0].message, /^source \.\.\/secret\.txt is outside the workspace/);
    });

    it('refuses a symlink (or a path through a symlinked folder) whose target is outside', function () {
      try {
        fs.symlinkSync(path.join(base, 'secret.txt'), at('sources/link.txt'));
        fs.symlinkSync(base, at('up'));
      } catch {
        this.skip(); // no symlinks here (Windows without the privilege)
      }
      const d = draft('x.md', '---\nsources: [sources/link.txt, up/secret.txt, up/missing.txt]\n---\n');
      const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
      assert.deepEqual(r.sources, []);
      assert.deepEqual(r.problems.map(p => p.spec), ['sources/link.txt', 'up/secret.txt', 'up/missing.txt']);
      assert.match(r.problems[0].message, /is outside the workspace .* \(it links to .*secret\.txt\)/);
      // a glob whose matches include the link refuses just that match
      const g = draft('y.md', '---\nsources: sources/*.txt\n---\n');
      const rg = resolveSources(g.file, { config, frontMatter: g.frontMatter });
      assert.deepEqual(rg.sources, ['a', 'b', 'c'].map(n => at(`sources/${n}.txt`)));
      assert.deepEqual(rg.problems.map(p => p.spec), ['sources/link.txt']);
    });

    it('accepts a symlink whose target is inside', function () {
      try {
        fs.symlinkSync(at('sources/a.txt'), at('alias.txt'));
      } catch {
        this.skip();
      }
      const d = draft('x.md', '---\nsources: [alias.txt, sources/a.txt]\n---\n');
      const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.sources, [at('alias.txt')], 'the same file twice is one source');
    });

    it('accepts them all with allowOutsideWorkspace', function () {
      config.allowOutsideWorkspace = true;
      let links = true;
      try {
        fs.symlinkSync(path.join(base, 'secret.txt'), at('sources/link.txt'));
      } catch {
        links = false;
      }
      const d = draft('x.md', `---\nsources: [../secret.txt${links ? ', sources/link.txt' : ''}]\n---\n`);
      const r = resolveSources(d.file, { config, frontMatter: d.frontMatter });
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.sources, [path.join(base, 'secret.txt')], 'the link and its target are one source');
    });

    it('names the config file given to refuse', () => {
      config.file = path.join(root, 'conf/strict.json');
      const r = resolveSources(at('x.md'), { config, cliSources: ['../secret.txt'], cwd: root });
      assert.match(r.problems[0].message, /in strict\.json to allow it$/);
    });
  });
});
