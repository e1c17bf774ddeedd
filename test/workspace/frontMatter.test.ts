import { strict as assert } from 'node:assert';
import { FrontMatterError, findFrontMatter, parseFrontMatter } from '../../server/src/workspace/frontMatter';

function frontMatterError(text: string): FrontMatterError {
  try {
    parseFrontMatter(text);
  } catch (e) {
    assert.ok(e instanceof FrontMatterError, `expected a FrontMatterError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the front matter to be refused');
}

describe('workspace/frontMatter', () => {
  it('reads a list of sources with their ranges', () => {
    const text = '---\ntitle: Summit\nsources:\n  - ../sources/a.txt\n  - b.txt\n---\n# Body\n';
    const fm = parseFrontMatter(text)!;
    assert.deepEqual(fm.data, { title: 'Summit', sources: ['../sources/a.txt', 'b.txt'] });
    assert.deepEqual(fm.sources!.map(s => s.path), ['../sources/a.txt', 'b.txt']);
    assert.deepEqual(fm.sources![0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
    assert.deepEqual(fm.sources![1].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 9 } });
    assert.equal(fm.sourcesRange!.start.line, 2);
    assert.deepEqual(fm.range, { start: { line: 0, character: 0 }, end: { line: 5, character: 3 } });
    assert.equal(text.slice(fm.span.start, fm.span.end), '---\ntitle: Summit\nsources:\n  - ../sources/a.txt\n  - b.txt\n---');
  });

  it('reads a flow list and a single string', () => {
    assert.deepEqual(parseFrontMatter('---\nsources: [a.txt, "b c.txt"]\n---\n')!.sources!.map(s => s.path), ['a.txt', 'b c.txt']);
    const single = parseFrontMatter('---\nsources: article.txt\n---\nBody')!;
    assert.deepEqual(single.sources!.map(s => s.path), ['article.txt']);
    assert.deepEqual(single.sources![0].range, { start: { line: 1, character: 9 }, end: { line: 1, character: 20 } });
  });

  it('tolerates CRLF line breaks', () => {
    const fm = parseFrontMatter('---\r\ntitle: x\r\nsources:\r\n  - a.txt\r\n---\r\nBody\r\n')!;
    assert.deepEqual(fm.sources!.map(s => s.path), ['a.txt']);
    assert.deepEqual(fm.sources![0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } });
    assert.deepEqual(fm.range.end, { line: 4, character: 3 });
  });

  it('has no sources without the key, with a null value, or with an empty block', () => {
    assert.equal(parseFrontMatter('---\ntitle: x\n---\n')!.sources, undefined);
    assert.equal(parseFrontMatter('---\nsources:\n---\n')!.sources, undefined);
    const empty = parseFrontMatter('---\n---\nBody')!;
    assert.equal(empty.data, null);
    assert.equal(empty.sources, undefined);
  });

  it('finds no front matter unless the file starts with a closed --- block', () => {
    assert.equal(parseFrontMatter('Body\n---\nsources: a.txt\n---\n'), undefined);
    assert.equal(parseFrontMatter('\n---\nsources: a.txt\n---\n'), undefined);
    assert.equal(parseFrontMatter('---\nsources: a.txt\n'), undefined);
    assert.equal(parseFrontMatter(''), undefined);
    assert.equal(findFrontMatter('----\nx\n---\n'), undefined);
    assert.ok(findFrontMatter('---  \nx: 1\n---  \n'));
  });

  it('reports malformed YAML with its line', () => {
    const e = frontMatterError('---\ntitle: x\nsources: [a.txt\n---\nBody\n');
    assert.equal(e.line, 2);
    assert.match(e.message, /^front matter, line 3: invalid YAML: /);
    const tab = frontMatterError('---\ntitle: "unclosed\n---\n');
    assert.equal(tab.line, 1);
    const dup = frontMatterError('---\nsources: a.txt\nsources: b.txt\n---\n');
    assert.equal(dup.line, 2);
    assert.match(dup.reason, /unique/);
  });

  it('refuses sources that are not paths', () => {
    const e = frontMatterError('---\nsources:\n  - a.txt\n  - {x: 1}\n---\n');
    assert.equal(e.line, 3);
    assert.match(e.message, /"sources" must be a path or a list of paths/);
    assert.equal(frontMatterError('---\nsources: 42\n---\n').line, 1);
    assert.equal(frontMatterError('---\nsources: [""]\n---\n').line, 1);
  });
});
