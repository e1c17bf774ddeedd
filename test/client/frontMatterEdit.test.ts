import { strict as assert } from 'node:assert';
import { addSourceToFrontMatter, applyEdit, FrontMatterEditError, minimalEdit, yamlScalar } from '../../client/src/frontMatterEdit';
import { parseFrontMatter } from '../../server/src/workspace/frontMatter';

/** Adds `source` and checks that the server's own front-matter reader sees the new list. */
function add(text: string, source: string): string {
  const result = addSourceToFrontMatter(text, source);
  assert.equal(result.kind, 'added');
  if (result.kind === 'added') assert.equal(applyEdit(text, result.edit), result.text);
  const fm = parseFrontMatter(result.text);
  assert.ok(fm?.sources, 'the server reads sources from the edited draft');
  assert.ok(fm.sources.some(s => s.path === source.trim()), `the server sees ${source}`);
  return result.text;
}

function refused(text: string, source = 'b.txt'): string {
  try {
    addSourceToFrontMatter(text, source);
  } catch (e) {
    assert.ok(e instanceof FrontMatterEditError, String(e));
    return e.message;
  }
  assert.fail('expected the edit to be refused');
}

describe('client/frontMatterEdit', () => {
  it('creates front matter when the draft has none', () => {
    assert.equal(add('# Title\n\nBody.\n', 'article.txt'), '---\nsources: [article.txt]\n---\n# Title\n\nBody.\n');
    assert.equal(add('', 'a.txt'), '---\nsources: [a.txt]\n---\n');
    // A lone `---` line with no closing fence is not front matter.
    assert.equal(add('---\nBody\n', 'a.txt'), '---\nsources: [a.txt]\n---\n---\nBody\n');
  });

  it('keeps the draft\'s CRLF line breaks', () => {
    assert.equal(add('Body\r\nmore\r\n', 'a.txt'), '---\r\nsources: [a.txt]\r\n---\r\nBody\r\nmore\r\n');
    assert.equal(
      add('---\r\ntitle: T\r\nsources:\r\n  - a.txt\r\n---\r\nBody\r\n', 'b.txt'),
      '---\r\ntitle: T\r\nsources:\r\n  - a.txt\r\n  - b.txt\r\n---\r\nBody\r\n',
    );
  });

  it('adds a sources key to front matter without one', () => {
    assert.equal(add('---\ntitle: Summit\n---\nBody\n', 'a.txt'), '---\ntitle: Summit\nsources: [a.txt]\n---\nBody\n');
    assert.equal(add('---\n---\nBody\n', 'a.txt'), '---\nsources: [a.txt]\n---\nBody\n');
    assert.equal(add('---\n# just a comment\n---\nBody\n', 'a.txt'), '---\n# just a comment\nsources: [a.txt]\n---\nBody\n');
  });

  it('fills an empty or null sources key', () => {
    assert.equal(add('---\nsources:\ntitle: T\n---\n', 'a.txt'), '---\nsources: [a.txt]\ntitle: T\n---\n');
    assert.equal(add('---\nsources: # none yet\n---\n', 'a.txt'), '---\nsources: [a.txt] # none yet\n---\n');
    assert.equal(add('---\nsources: ~\n---\n', 'a.txt'), '---\nsources: [a.txt]\n---\n');
    assert.equal(add('---\nsources: null\n---\n', 'a.txt'), '---\nsources: [a.txt]\n---\n');
  });

  it('appends to a flow list', () => {
    assert.equal(add('---\nsources: [article.txt]\n---\nBody\n', 'b.txt'), '---\nsources: [article.txt, b.txt]\n---\nBody\n');
    assert.equal(add('---\nsources: [a.txt, "b c.txt"]  # two\n---\n', 'd.txt'), '---\nsources: [a.txt, "b c.txt", d.txt]  # two\n---\n');
    assert.equal(add('---\nsources: []\n---\n', 'a.txt'), '---\nsources: [a.txt]\n---\n');
    assert.equal(add('---\nsources: [ ]\n---\n', 'a.txt'), '---\nsources: [ a.txt]\n---\n');
    assert.equal(
      add('---\nsources: [\n  a.txt,\n  b.txt\n]\ntitle: T\n---\n', 'c.txt'),
      '---\nsources: [\n  a.txt,\n  b.txt, c.txt\n]\ntitle: T\n---\n',
    );
  });

  it('appends to a block list with the same indentation', () => {
    assert.equal(
      add('---\ntitle: T\nsources:\n  - ../sources/a.txt\n  - b.txt\nauthor: me\n---\nBody\n', 'c.txt'),
      '---\ntitle: T\nsources:\n  - ../sources/a.txt\n  - b.txt\n  - c.txt\nauthor: me\n---\nBody\n',
    );
    assert.equal(add('---\nsources:\n- a.txt\n---\n', 'b.txt'), '---\nsources:\n- a.txt\n- b.txt\n---\n');
    assert.equal(add('---\nsources:\n    -   a.txt # main\n---\n', 'b.txt'), '---\nsources:\n    -   a.txt # main\n    -   b.txt\n---\n');
  });

  it('converts a single path to a list', () => {
    assert.equal(add('---\nsources: article.txt\n---\nBody', 'b.txt'), '---\nsources: [article.txt, b.txt]\n---\nBody');
    assert.equal(add("---\nsources: 'a b.txt'\n---\n", 'c.txt'), "---\nsources: ['a b.txt', c.txt]\n---\n");
    assert.equal(add('---\nsources: a,b.txt\n---\n', 'c.txt'), '---\nsources: ["a,b.txt", c.txt]\n---\n');
  });

  it('quotes paths that YAML would read differently', () => {
    assert.equal(yamlScalar('sources/a.txt'), 'sources/a.txt');
    assert.equal(yamlScalar('../a.txt'), '../a.txt');
    assert.equal(yamlScalar('my article.txt'), 'my article.txt');
    for (const p of ['a, b.txt', 'x: y.txt', '#notes.txt', '[a].txt', 'true', '123', 'null', '- a.txt', "it's.txt", ' a.txt', '*.txt', 'a #b.txt']) {
      const written = yamlScalar(p);
      const text = add(`---\nsources: [x.txt]\n---\n`, p);
      assert.ok(text.includes(written), `${p} written as ${written}`);
      assert.deepEqual(parseFrontMatter(text)!.sources!.map(s => s.path), ['x.txt', p.trim()]);
    }
  });

  it('does nothing when the path is already listed', () => {
    for (const text of ['---\nsources: [a.txt]\n---\n', '---\nsources: ./a.txt\n---\n', '---\nsources:\n  - b.txt\n  - a.txt\n---\n']) {
      assert.deepEqual(addSourceToFrontMatter(text, 'a.txt'), { kind: 'unchanged', text });
    }
  });

  it('refuses front matter it cannot edit safely', () => {
    assert.match(refused('---\ntitle: [unclosed\n---\n'), /not valid YAML/);
    assert.match(refused('---\n- a\n- b\n---\n'), /key: value/);
    assert.match(refused('---\nsources: {a: b}\n---\n'), /path or a list of paths/);
    assert.match(refused('---\nsources: [a.txt, [b.txt]]\n---\n'), /list of paths/);
    assert.match(refused('---\nsources: 12\n---\n'), /path or a list/);
    assert.match(refused('---\n{sources: a.txt}\n---\n'), /mapping/);
    assert.match(refused('Body', '  '), /empty/);
  });

  it('leaves the body untouched and edits only inside the front matter', () => {
    const text = '---\nsources: [a.txt]\n---\nThe 18-month conflict.\n---\nsources: [z.txt]\n---\n';
    const result = addSourceToFrontMatter(text, 'b.txt');
    assert.equal(result.kind, 'added');
    if (result.kind !== 'added') return;
    assert.ok(result.edit.end <= text.indexOf('The 18-month'));
    assert.ok(result.text.endsWith('The 18-month conflict.\n---\nsources: [z.txt]\n---\n'));
  });
});

describe('client/frontMatterEdit minimalEdit', () => {
  it('replaces only what changed', () => {
    const before = '---\nsources: [a.txt]\n---\nBody\n';
    const after = '---\nsources: [a.txt, b.txt]\n---\nBody\n';
    const edit = minimalEdit(before, after);
    assert.deepEqual(edit, { start: 19, end: 19, newText: ', b.txt' });
    assert.equal(applyEdit(before, edit), after);
  });

  it('does not split a CRLF or a surrogate pair, and handles no change', () => {
    for (const [before, after] of [
      ['a\r\nb', 'a\r\r\nb'],
      ['x\u{1F600}y', 'x\u{1F601}y'],
      ['same', 'same'],
      ['', 'new'],
      ['old', ''],
      ['---\r\nsources:\r\n  - a.txt\r\n---\r\n', '---\r\nsources:\r\n  - a.txt\r\n  - b.txt\r\n---\r\n'],
    ]) {
      const edit = minimalEdit(before, after);
      assert.equal(applyEdit(before, edit), after, JSON.stringify([before, after]));
      const code = (s: string, i: number) => s.charCodeAt(i);
      assert.ok(!(code(before, edit.start) >= 0xdc00 && code(before, edit.start) <= 0xdfff), 'start not inside a surrogate pair');
      assert.ok(!(before[edit.start] === '\n' && before[edit.start - 1] === '\r'), 'start not inside CRLF');
      assert.ok(!(before[edit.end] === '\n' && before[edit.end - 1] === '\r'), 'end not inside CRLF');
    }
  });
});
