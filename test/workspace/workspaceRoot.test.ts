import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfigFile, findWorkspaceRoot, toDisplayPath } from '../../server/src/workspace/workspaceRoot';

describe('workspace/workspaceRoot', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-root-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prefers the nearest folder holding .grounded.json', () => {
    fs.mkdirSync(path.join(tmp, '.git'));
    fs.mkdirSync(path.join(tmp, 'a/b/c'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'a/.grounded.json'), '{}');
    assert.equal(findWorkspaceRoot(path.join(tmp, 'a/b/c')), path.join(tmp, 'a'));
    assert.equal(findWorkspaceRoot(path.join(tmp, 'a')), path.join(tmp, 'a'));
    assert.equal(findConfigFile(path.join(tmp, 'a/b')), path.join(tmp, 'a/.grounded.json'));
  });

  it('falls back to the git top level (a .git folder or file)', () => {
    fs.mkdirSync(path.join(tmp, 'repo/.git'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'repo/docs/x'), { recursive: true });
    assert.equal(findWorkspaceRoot(path.join(tmp, 'repo/docs/x')), path.join(tmp, 'repo'));
    fs.mkdirSync(path.join(tmp, 'worktree/sub'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'worktree/.git'), 'gitdir: ../repo/.git/worktrees/w\n');
    assert.equal(findWorkspaceRoot(path.join(tmp, 'worktree/sub')), path.join(tmp, 'worktree'));
  });

  it('ignores a folder named .grounded.json', () => {
    fs.mkdirSync(path.join(tmp, 'p/.grounded.json'), { recursive: true });
    fs.mkdirSync(path.join(tmp, '.git'));
    assert.equal(findWorkspaceRoot(path.join(tmp, 'p')), tmp);
  });

  it('is the start folder when nothing marks a root', () => {
    fs.mkdirSync(path.join(tmp, 'plain/deeper'), { recursive: true });
    const start = path.join(tmp, 'plain/deeper');
    assert.equal(findWorkspaceRoot(start), start);
    assert.equal(findConfigFile(start), undefined);
  });

  it('shows paths relative to the root with forward slashes', () => {
    assert.equal(toDisplayPath('/w', '/w/drafts/a.md'), 'drafts/a.md');
    assert.equal(toDisplayPath('/w', '/x/a.md'), '../x/a.md');
    assert.equal(toDisplayPath('/w', '/w'), '.');
  });
});
