import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig, type GroundedConfig } from '../../server/src/workspace/config';
import { documentKind, loadSourceDocs, planDraftSources, type SourceText } from '../../server/src/workspace/draftSources';
import { readTextFile, TextFileError } from '../../server/src/workspace/readTextFile';
import { toDisplayPath } from '../../server/src/workspace/workspaceRoot';

describe('workspace/draftSources', () => {
  let root: string;
  let config: GroundedConfig;
  const at = (rel: string) => path.join(root, rel);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), text);
  };
  const read = (file: string): SourceText => {
    try {
      return { text: readTextFile(file) };
    } catch (e) {
      if (!(e instanceof TextFileError)) throw e;
      return { error: e };
    }
  };
  const shown = (file: string) => toDisplayPath(root, file);

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-draftsources-')));
    config = defaultConfig(root);
    write('a.txt', 'A source.\n');
    write('b.md', '# B\n\nAnother source.\n');
    write('empty.txt', '');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('resolves front matter sources and reads them, as the CLI does', () => {
    const text = '---\nsources: [b.md, a.txt]\n---\nBody.\n';
    const plan = planDraftSources(at('d.md'), text, { config });
    assert.ok('resolved' in plan);
    assert.equal(plan.fallback, false);
    assert.equal(plan.resolved.origin, 'front-matter');
    assert.deepEqual(plan.resolved.sources, [at('a.txt'), at('b.md')]);
    const { docs, failures } = loadSourceDocs(plan.resolved, read, shown);
    assert.deepEqual(failures, []);
    assert.deepEqual(docs, [
      { path: 'a.txt', text: 'A source.\n', kind: 'plaintext' },
      { path: 'b.md', text: '# B\n\nAnother source.\n', kind: 'markdown' },
    ]);
  });

  it('returns a malformed front matter as an error, unless cliSources make it irrelevant', () => {
    const text = '---\nsources: [a.txt\n---\nBody.\n';
    const plan = planDraftSources(at('d.md'), text, { config });
    assert.ok('frontMatterError' in plan);
    assert.equal(plan.frontMatterError.range.start.line, 1);
    const cli = planDraftSources(at('d.md'), text, { config, cliSources: ['a.txt'], cwd: root });
    assert.ok('resolved' in cli);
    assert.deepEqual(cli.resolved.sources, [at('a.txt')]);
  });

  it('uses the fallback sources only when nothing else names any', () => {
    const none = planDraftSources(at('d.md'), 'Body.\n', { config, fallbackSources: ['a.txt'], fallbackCwd: root });
    assert.ok('resolved' in none);
    assert.equal(none.fallback, true);
    assert.equal(none.resolved.origin, 'cli');
    assert.deepEqual(none.resolved.sources, [at('a.txt')]);
    const fm = planDraftSources(at('d.md'), '---\nsources: b.md\n---\nBody.\n', { config, fallbackSources: ['a.txt'] });
    assert.ok('resolved' in fm);
    assert.equal(fm.fallback, false);
    assert.deepEqual(fm.resolved.sources, [at('b.md')]);
    const configured = planDraftSources(at('d.md'), 'Body.\n', {
      config: { ...config, sources: [{ draftGlob: '*.md', sourceGlobs: ['b.md'] }] },
      fallbackSources: ['a.txt'],
    });
    assert.ok('resolved' in configured);
    assert.equal(configured.resolved.origin, 'config');
    assert.deepEqual(configured.resolved.sources, [at('b.md')]);
  });

  it('reports missing and empty sources with their front matter ranges', () => {
    const text = '---\nsources:\n  - missing.txt\n  - empty.txt\n  - a.txt\n---\nBody.\n';
    const plan = planDraftSources(at('d.md'), text, { config });
    assert.ok('resolved' in plan);
    const { docs, failures } = loadSourceDocs(plan.resolved, read, shown);
    assert.deepEqual(docs.map(d => d.path), ['a.txt']);
    assert.deepEqual(failures, [
      {
        source: at('empty.txt'),
        reason: 'is empty',
        message: 'cannot use the source empty.txt: is empty',
        range: { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } },
      },
      {
        source: at('missing.txt'),
        reason: 'no such file',
        message: 'cannot use the source missing.txt: no such file',
        range: { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } },
      },
    ]);
  });

  it('reads .md and .markdown as Markdown, anything else as plain text', () => {
    assert.deepEqual(['x.md', 'x.MARKDOWN', 'x.txt', 'x'].map(documentKind), ['markdown', 'markdown', 'plaintext', 'plaintext']);
  });
});
