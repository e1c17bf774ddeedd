import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GLOBS_KEPT, GlobCache, RACY_MS } from '../../server/src/workspace/globCache';
import { expandGlob } from '../../server/src/workspace/globs';

describe('workspace/globCache', () => {
  let root: string;
  const at = (rel: string) => path.join(root, rel);
  const write = (rel: string) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), 'x\n');
  };
  const rel = (files: string[]) => files.map(f => path.relative(root, f).split(path.sep).join('/'));
  /** Sets every folder's times well before now, as for a dossier written some time ago (a folder changed within
   *  RACY_MS of a walk is walked again anyway). */
  const age = () => {
    const past = (Date.now() - 10 * RACY_MS) / 1000;
    const visit = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) visit(path.join(d, e.name));
      fs.utimesSync(d, past, past);
    };
    visit(root);
  };
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-globcache-')));
    for (const f of ['sources/a.txt', 'sources/b.txt', 'sources/deep/c.txt', 'other/t.txt']) write(f);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('walks once while nothing changes, giving the same list as expandGlob', () => {
    age();
    const cache = new GlobCache();
    const first = cache.expand('sources/**/*.txt', root);
    assert.deepEqual(rel(first), ['sources/a.txt', 'sources/b.txt', 'sources/deep/c.txt']);
    assert.deepEqual(first, expandGlob('sources/**/*.txt', root));
    assert.equal(cache.expand('sources/**/*.txt', root), first);
    assert.equal(cache.expand('sources/**/*.txt', root + '/'), first); // the same base folder
    assert.equal(cache.walks, 1);
  });

  it('walks again when a file is created, deleted or renamed, in the folder or below it', () => {
    age();
    const cache = new GlobCache();
    const glob = 'sources/**/*.txt';
    cache.expand(glob, root);
    write('sources/deep/d.txt');
    assert.deepEqual(rel(cache.expand(glob, root)), ['sources/a.txt', 'sources/b.txt', 'sources/deep/c.txt', 'sources/deep/d.txt']);
    age();
    cache.expand(glob, root);
    fs.unlinkSync(at('sources/a.txt'));
    assert.deepEqual(rel(cache.expand(glob, root)), ['sources/b.txt', 'sources/deep/c.txt', 'sources/deep/d.txt']);
    age();
    cache.expand(glob, root);
    fs.renameSync(at('sources/b.txt'), at('sources/b.md'));
    assert.deepEqual(rel(cache.expand(glob, root)), ['sources/deep/c.txt', 'sources/deep/d.txt']);
    age();
    cache.expand(glob, root);
    fs.rmSync(at('sources/deep'), { recursive: true });
    assert.deepEqual(cache.expand(glob, root), []);
  });

  it('keeps the most recently used expansions only', () => {
    age();
    const cache = new GlobCache();
    cache.expand('sources/*.txt', root);
    for (let i = 0; i < GLOBS_KEPT + 8; i++) {
      cache.expand(`sources/*${i}.txt`, root);
      cache.expand('sources/*.txt', root); // in use all along: kept
    }
    assert.equal(cache.size, GLOBS_KEPT);
    assert.equal(cache.walks, GLOBS_KEPT + 9);
    cache.expand('sources/*0.txt', root); // dropped: walked again
    assert.equal(cache.walks, GLOBS_KEPT + 10);
  });

  it('sees a folder that appears after a walk found it missing', () => {
    const cache = new GlobCache();
    assert.deepEqual(cache.expand('later/*.txt', root), []);
    write('later/x.txt');
    assert.deepEqual(rel(cache.expand('later/*.txt', root)), ['later/x.txt']);
  });

  it('does not keep the walk of a folder changed just before it (its time may not show a change in the same tick)', () => {
    const cache = new GlobCache();
    cache.expand('sources/*.txt', root); // the folders were written just now
    cache.expand('sources/*.txt', root);
    assert.equal(cache.walks, 2);
  });

  it('drops a symbolic link whose target is deleted, and lists it again when the target comes back', function () {
    try {
      fs.symlinkSync(at('other/t.txt'), at('sources/link.txt'));
    } catch {
      this.skip(); // no symbolic links here
    }
    age();
    const cache = new GlobCache();
    assert.deepEqual(rel(cache.expand('sources/*.txt', root)), ['sources/a.txt', 'sources/b.txt', 'sources/link.txt']);
    fs.unlinkSync(at('other/t.txt'));
    assert.deepEqual(rel(cache.expand('sources/*.txt', root)), ['sources/a.txt', 'sources/b.txt']);
    write('other/t.txt');
    assert.deepEqual(rel(cache.expand('sources/*.txt', root)), ['sources/a.txt', 'sources/b.txt', 'sources/link.txt']);
  });
});
