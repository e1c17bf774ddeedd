import { strict as assert } from 'node:assert';
import { LineMap } from '../../server/src/engine/lineMap';
import { segment } from '../../server/src/engine/segment';

describe('LineMap', () => {
  it('maps offsets to positions across \\n, \\r\\n and \\r line breaks', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const map = new LineMap(text);
    assert.equal(map.lineCount, 4);
    assert.deepEqual(map.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(map.positionAt(2), { line: 0, character: 2 }); // the \r of \r\n
    assert.deepEqual(map.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(map.positionAt(6), { line: 1, character: 2 }); // a lone \r
    assert.deepEqual(map.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(map.positionAt(10), { line: 3, character: 0 });
    assert.deepEqual(map.positionAt(12), { line: 3, character: 2 });
    assert.deepEqual(map.positionAt(99), { line: 3, character: 2 });
    assert.deepEqual(map.positionAt(-5), { line: 0, character: 0 });
  });

  it('maps offsets in a text of \n line breaks only (found by indexOf) as a scan of every character does', () => {
    const text = '\nab\n\ncd e\nfgh\n';
    const map = new LineMap(text);
    assert.equal(map.lineCount, 6);
    let line = 0;
    let character = 0;
    for (let o = 0; o <= text.length; o++) {
      assert.deepEqual(map.positionAt(o), { line, character });
      if (text[o] === '\n') (line++, (character = 0));
      else character++;
    }
  });

  it('maps positions back to offsets, clamping to the line content', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const map = new LineMap(text);
    assert.equal(map.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(map.offsetAt({ line: 0, character: 9 }), 2); // not into the \r\n
    assert.equal(map.offsetAt({ line: 1, character: 9 }), 6);
    assert.equal(map.offsetAt({ line: 3, character: 9 }), 12);
    assert.equal(map.offsetAt({ line: -1, character: 3 }), 0);
    assert.equal(map.offsetAt({ line: 7, character: 0 }), text.length);
    for (let o = 0; o <= text.length; o++) {
      if (o === 3) continue; // between \r and \n: no position of its own
      assert.equal(map.offsetAt(map.positionAt(o)), o, `round trip of offset ${o}`);
    }
  });

  it('counts an emoji as two UTF-16 characters, as LSP does', () => {
    const text = 'Go 🚀 now.\r\n🚀🚀 Next.';
    const map = new LineMap(text);
    assert.deepEqual(map.positionAt(text.indexOf('now')), { line: 0, character: 6 });
    assert.deepEqual(map.positionAt(text.indexOf('Next')), { line: 1, character: 5 });
    assert.equal(map.offsetAt({ line: 1, character: 5 }), 17);
    assert.equal(text.slice(17, 21), 'Next');
  });

  it('gives sentence ranges in a CRLF Markdown document with an emoji', () => {
    const text = '---\r\ntitle: x\r\n---\r\n# Launch 🚀\r\n\r\nThe rocket flew. It landed\r\nsafely.\r\n';
    const map = new LineMap(text);
    const sentences = segment(text, 'markdown');
    assert.deepEqual(
      sentences.map((s) => [s.text, map.rangeOf(s)]),
      [
        ['Launch 🚀', { start: { line: 3, character: 2 }, end: { line: 3, character: 11 } }],
        ['The rocket flew.', { start: { line: 5, character: 0 }, end: { line: 5, character: 16 } }],
        ['It landed\r\nsafely.', { start: { line: 5, character: 17 }, end: { line: 6, character: 7 } }],
      ],
    );
  });
});
