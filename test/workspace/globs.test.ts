import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig, type GroundedConfig } from '../../server/src/workspace/config';
import {
  UsageError,
  excludeSources,
  expandDraftArgs,
  expandGlob,
  isGlobPattern,
  walkFiles,
} from '../../server/src/workspace/globs';

describe('workspace/globs', () => {
  let root: string;
  let config: GroundedConfig;
  const at = (rel: string) => path.join(root, rel);
  const write = (rel: string) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), 'x\n');
  };
  const rel = (files: { path: string }[] | string[]) =>
    files.map(f => path.relative(root, typeof f === 'string' ? f : f.path).split(path.sep).join('/'));
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-globs-')));
    config = defaultConfig(root);
    for (const f of [
      'README.md',
      'drafts/b.md',
      'drafts/a.markdown',
      'drafts/notes.txt',
      'drafts/deep/c.md',
      'drafts/.hidden/h.md',
      'drafts/.dot.md',
      'node_modules/pkg/readme.md',
      '.git/x.md',
      'sources/s1.txt',
      'sources/s2.txt',
      'notes (1).md',
    ]) write(f);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('detects glob syntax', () => {
    assert.ok(isGlobPattern('drafts/*.md'));
    assert.ok(isGlobPattern('**/x.md'));
    assert.ok(isGlobPattern('{a,b}.md'));
    assert.ok(!isGlobPattern('drafts/a.md'));
  });

  it('walks folders, skipping node_modules and dot-folders', () => {
    assert.deepEqual(rel(walkFiles(at('drafts'))), ['drafts/.dot.md', 'drafts/a.markdown', 'drafts/b.md', 'drafts/deep/c.md', 'drafts/notes.txt']);
  });

  it('expands globs against a base folder', () => {
    assert.deepEqual(rel(expandGlob('drafts/**/*.md', root)), ['drafts/b.md', 'drafts/deep/c.md']);
    assert.deepEqual(rel(expandGlob('./drafts/*.{md,markdown}', root)), ['drafts/a.markdown', 'drafts/b.md']);
    assert.deepEqual(rel(expandGlob('../sources/*.txt', at('drafts'))), ['sources/s1.txt', 'sources/s2.txt']);
    assert.deepEqual(rel(expandGlob(at('sources/s?.txt'), '/')), ['sources/s1.txt', 'sources/s2.txt']);
    assert.deepEqual(rel(expandGlob('sources/s1.txt', root)), ['sources/s1.txt']);
    assert.deepEqual(expandGlob('sources/none.txt', root), []);
    assert.deepEqual(expandGlob('*.pdf', root), []);
  });

  it('expands CLI arguments: folders to Markdown, globs to matches, plain paths as given; sorted and deduplicated', () => {
    const got = expandDraftArgs(['drafts', 'drafts/notes.txt', 'drafts/*.md', 'missing.md', 'notes (1).md'], { cwd: root, config });
    assert.deepEqual(rel(got), ['drafts/.dot.md', 'drafts/a.markdown', 'drafts/b.md', 'drafts/deep/c.md', 'drafts/notes.txt', 'missing.md', 'notes (1).md']);
    assert.deepEqual(got.filter(c => c.explicit).map(c => path.basename(c.path)), ['notes.txt', 'missing.md', 'notes (1).md']);
    assert.deepEqual(rel(expandDraftArgs(['b.md', '../README.md'], { cwd: at('drafts'), config })), ['README.md', 'drafts/b.md']);
  });

  it('refuses a glob or a folder that yields nothing', () => {
    assert.throws(() => expandDraftArgs(['drafts/*.mdx'], { cwd: root, config }), (e: unknown) =>
      e instanceof UsageError && e.message === 'no files match drafts/*.mdx');
    assert.throws(() => expandDraftArgs(['sources'], { cwd: root, config }), /no Markdown files \(\*\.md, \*\.markdown\) in the folder sources/);
  });

  it('with no arguments: the config\'s draft globs, else all Markdown under the root', () => {
    assert.deepEqual(rel(expandDraftArgs([], { cwd: at('drafts'), config })), ['README.md', 'drafts/.dot.md', 'drafts/a.markdown', 'drafts/b.md', 'drafts/deep/c.md', 'notes (1).md']);
    config.sources = [{ draftGlob: 'drafts/*.md', sourceGlobs: ['sources/*.txt'] }, { draftGlob: 'README.md', sourceGlobs: ['x'] }];
    assert.deepEqual(rel(expandDraftArgs([], { cwd: root, config })), ['README.md', 'drafts/b.md']);
    config.sources = [{ draftGlob: 'nothing/*.md', sourceGlobs: ['x'] }];
    assert.throws(() => expandDraftArgs([], { cwd: root, config }), /nothing to check: the draft globs in \.grounded\.json match no files/);
  });

  it('drops drafts that are sources of other drafts, unless named explicitly', () => {
    const candidates = expandDraftArgs(['drafts/*.md', 'README.md'], { cwd: root, config });
    const kept = excludeSources(candidates, [at('drafts/deep/c.md'), at('README.md'), at('drafts/b.md')]);
    assert.deepEqual(rel(kept), ['README.md']);
  });
});
