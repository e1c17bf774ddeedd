import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { segment, segmentUnbatched } from '../../server/src/engine/segment';
import { proseMask } from '../../server/src/engine/prose';
import type { Sentence } from '../../server/src/engine/types';

const ARTICLE_PATH = path.join(__dirname, '..', '..', 'sample', 'article.txt');
const article = readFileSync(ARTICLE_PATH, 'utf8');

const texts = (sentences: Sentence[]) => sentences.map((s) => s.text);

/** Invariants every segmentation must satisfy. */
function checkInvariants(text: string, kind: 'markdown' | 'plaintext', sentences: Sentence[]): void {
  const { masked } = proseMask(text, kind);
  assert.equal(masked.length, text.length);
  let last = 0;
  for (const s of sentences) {
    assert.equal(s.text, masked.slice(s.start, s.end));
    assert.equal(s.text, s.text.trim());
    assert.ok(s.start >= last, `sentences overlap at ${s.start}`);
    last = s.end;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') assert.equal(masked[i], c, `line break at ${i} not kept`);
    else assert.ok(masked[i] === c || masked[i] === ' ', `masked char at ${i} is neither the original nor a space`);
  }
}

/** The sentence whose text is exactly `t`, asserting there is one. */
function only(sentences: Sentence[], t: string): Sentence {
  const found = sentences.filter((s) => s.text === t);
  assert.equal(found.length, 1, `expected exactly one sentence ${JSON.stringify(t)} in ${JSON.stringify(texts(sentences))}`);
  return found[0];
}

describe('segment: the seed article (plain text)', () => {
  const sentences = segment(article, 'plaintext');

  it('finds exactly 16 sentences, each an exact slice of the article', () => {
    assert.equal(sentences.length, 16);
    checkInvariants(article, 'plaintext', sentences);
    for (const s of sentences) {
      assert.equal(s.text, article.slice(s.start, s.end));
      assert.equal(s.block, 'line');
    }
    assert.equal(sentences[0].start, 0);
    assert.ok(sentences[0].text.startsWith('North Korean leader Kim Jong Un has promised'));
    assert.equal(sentences[15].end, article.trimEnd().length);
    assert.ok(sentences[15].text.endsWith('world peace and stability.'));
  });

  it('keeps the headline "Kim promises to support Russia" as a sentence of its own', () => {
    const s = only(sentences, 'Kim promises to support Russia');
    assert.equal(s.start, article.indexOf('Kim promises to support Russia'));
    assert.equal(s.end, s.start + 'Kim promises to support Russia'.length);
    const next = sentences[sentences.indexOf(s) + 1];
    assert.ok(next.text.startsWith('Economic cooperation, humanitarian concerns'));
  });

  it('does not split "Navy Adm. Kim Myong Sik"', () => {
    const s = sentences.find((x) => x.text.includes('Navy Adm.'));
    assert.ok(s);
    assert.ok(s.text.startsWith('Kim was accompanied by Pak Thae Song'));
    assert.ok(s.text.includes('Navy Adm. Kim Myong Sik, both of whom'));
    assert.ok(s.text.endsWith('with nuclear warheads.'));
  });

  it('does not split "No U.N. member state"', () => {
    const s = sentences[15];
    assert.ok(s.text.startsWith('No U.N. member state should transgress Security Council restrictions'));
    assert.equal(s.start, article.indexOf('No U.N. member state'));
  });

  it('ends a sentence after “the priority.”', () => {
    const s = only(sentences, 'Kim also stated that North Korea’s relations with Russia are “the priority.”');
    assert.equal(s.end, article.indexOf('“the priority.”') + '“the priority.”'.length);
    const next = sentences[sentences.indexOf(s) + 1];
    assert.equal(next.start, article.indexOf('The conference, which took place'));
  });

  it('gives the same sentences at shifted offsets for \\r\\n and \\r line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const doc = article.replace(/\n/g, eol);
      const got = segment(doc, 'plaintext');
      checkInvariants(doc, 'plaintext', got);
      assert.deepEqual(texts(got), texts(sentences));
      const extra = eol.length - 1;
      got.forEach((s, i) => {
        const linesBefore = (article.slice(0, sentences[i].start).match(/\n/g) ?? []).length;
        assert.equal(s.start, sentences[i].start + linesBefore * extra);
        assert.equal(s.end, s.start + sentences[i].text.length);
      });
    }
  });
});

describe('segment: sentence boundary repairs', () => {
  const seg = (t: string) => texts(segment(t, 'plaintext'));

  it('keeps decimals and money together: "3.5" and "£3.5m"', () => {
    const doc = 'Growth was 3.5 per cent. It raised £3.5m in a day. Shares rose 0.25.';
    const got = segment(doc, 'plaintext');
    assert.deepEqual(texts(got), ['Growth was 3.5 per cent.', 'It raised £3.5m in a day.', 'Shares rose 0.25.']);
    assert.deepEqual(got.map((s) => [s.start, s.end]), [[0, 24], [25, 50], [51, 68]]);
  });

  it('does not split after initials: "Mark A. Smith", "J. K. Rowling", "George H.W. Bush"', () => {
    assert.deepEqual(seg('Mark A. Smith met J. K. Rowling. George H.W. Bush agreed. Plan B. Then it rained.'), [
      'Mark A. Smith met J. K. Rowling.',
      'George H.W. Bush agreed.',
      'Plan B.',
      'Then it rained.',
    ]);
  });

  it('splits after a letter that labels something: "in Group F. Reaching the finals" (probe17, a BBC article)', () => {
    assert.deepEqual(seg('Ghana meet Benin in Group F. Reaching the finals would be a record. Mark A. Fleming agreed.'), [
      'Ghana meet Benin in Group F.',
      'Reaching the finals would be a record.',
      'Mark A. Fleming agreed.',
    ]);
  });

  it('keeps a decimal tokenised data split at its point in one sentence: "43. 31 %" (goyal21-xsum-40730958, probe18)', () => {
    assert.deepEqual(seg("he got 50. 07 % of the vote compared to his rival raila odinga's 43. 31 %. Mr Odinga has refused."), [
      "he got 50. 07 % of the vote compared to his rival raila odinga's 43. 31 %.",
      'Mr Odinga has refused.',
    ]);
  });

  it('does not split after titles and abbreviations', () => {
    assert.deepEqual(
      seg('Mr. Putin met Dr. Lee and Lt. Col. John Smith on Aug. 31. Brig. Gen. Kim, Gov. Hochul and Prof. Ng came, e.g. Sen. Warren. Room No. 5 was used. They left.'),
      [
        'Mr. Putin met Dr. Lee and Lt. Col. John Smith on Aug. 31.',
        'Brig. Gen. Kim, Gov. Hochul and Prof. Ng came, e.g. Sen. Warren.',
        'Room No. 5 was used.',
        'They left.',
      ],
    );
  });

  it('keeps "U.S. District Court" together but splits "in the U.S. The next day"', () => {
    assert.deepEqual(seg('He sued in the U.S. District Court in May. He was in the U.S. The next day he left. U.N. Security Council members met.'), [
      'He sued in the U.S. District Court in May.',
      'He was in the U.S.',
      'The next day he left.',
      'U.N. Security Council members met.',
    ]);
    assert.deepEqual(seg('The U.K. Ambassador spoke. E.U. officials agreed. She lives in the U.K. Paris is far.'), [
      'The U.K. Ambassador spoke.',
      'E.U. officials agreed.',
      'She lives in the U.K.',
      'Paris is far.',
    ]);
  });

  it('splits after a period inside closing quotes only when a sentence follows', () => {
    assert.deepEqual(seg('It is “the priority.” The conference began. He said “no.” and left. “Really?” he asked.'), [
      'It is “the priority.”',
      'The conference began.',
      'He said “no.” and left.',
      '“Really?” he asked.',
    ]);
  });

  it('splits sentences glued without a space, but not "Node.js", "U.S.A", URLs or e-mail addresses', () => {
    const doc = 'He joined the community.Dr Venter said so. Node.js is fine in the U.S.A and Canada. Visit https://example.com/path.Html or write to jo@mail.Example.org today.';
    const got = segment(doc, 'plaintext');
    assert.deepEqual(texts(got), [
      'He joined the community.',
      'Dr Venter said so.',
      'Node.js is fine in the U.S.A and Canada.',
      'Visit https://example.com/path.Html or write to jo@mail.Example.org today.',
    ]);
    assert.deepEqual(got.map((s) => [s.start, s.end]), [[0, 24], [24, 42], [43, 83], [84, doc.length]]);
  });

  it('splits a results list a scraped page glued on after a stop: "Castel di Sangro.1.  Marco Ferri" (probe19, a BBC stage report)', () => {
    assert.deepEqual(seg("The stage is a flat 131km from Castel di Sangro.1.  Marco Ferri (Ita/Rosso) 4hrs 24mins 59secs"), [
      'The stage is a flat 131km from Castel di Sangro.',
      '1.',
      'Marco Ferri (Ita/Rosso) 4hrs 24mins 59secs',
    ]);
    // Not a decimal, a version or a figure after a word.
    assert.deepEqual(seg('It rose 2.5. Then it fell to 1.2 in v1.2.3 of the app.'), ['It rose 2.5.', 'Then it fell to 1.2 in v1.2.3 of the app.']);
  });

  it('splits lines a scraped page glued together without a stop (frank-bbc-38946148, frank-bbc-32194983), but not "iPhone", "Radio1Newsbeat" or "3D"', () => {
    const doc = 'Media playback is not supported on this deviceSadio Mane scored twice. Raise the top rate to 50p 7.2Increase the minimum wage 8.2The iPhone and Radio1Newsbeat show 3D films.';
    assert.deepEqual(texts(segment(doc, 'plaintext')), [
      'Media playback is not supported on this device',
      'Sadio Mane scored twice.',
      'Raise the top rate to 50p 7.2',
      'Increase the minimum wage 8.2',
      'The iPhone and Radio1Newsbeat show 3D films.',
    ]);
  });

  it('splits a fixture list glued at its dates (probe14, a frank-bbc fixture list and timeline): "24 MayQualifier", "12 June10 June", "BangaloreTuesday"', () => {
    const doc = 'Royal Challengers BangaloreTuesday, 24 MayQualifier 1Wednesday, 25 MayEliminator. The deadline moved to 9 June, then 12 June10 June - Hereford expelled.';
    assert.deepEqual(texts(segment(doc, 'plaintext')), [
      'Royal Challengers Bangalore',
      'Tuesday, 24 May',
      'Qualifier 1',
      'Wednesday, 25 May',
      'Eliminator.',
      'The deadline moved to 9 June, then 12 June',
      '10 June - Hereford expelled.',
    ]);
    // A table's figure glued to the country before it (probe15, a cnndm Ebola table); not a currency's "Rs1,000".
    assert.deepEqual(texts(segment('Deaths in Sierra Leone3,955 Guinea2,536 are rising. It cost Rs1,000 in all.', 'plaintext')), [
      'Deaths in Sierra Leone',
      '3,955 Guinea',
      '2,536 are rising.',
      'It cost Rs1,000 in all.',
    ]);
  });

  it('splits at a full stop with a space on both sides, as tokenised lower-case text has it (frank …23c3719e…-bart)', () => {
    const doc = 'lord janner signed letter saying he wanted to remain a peer on april 9 . comes a week after he was ruled unfit to face child sex charges . the former labour mp , 86 , claimed more than £ 100,000 in expenses .';
    assert.deepEqual(texts(segment(doc, 'plaintext')), [
      'lord janner signed letter saying he wanted to remain a peer on april 9 .',
      'comes a week after he was ruled unfit to face child sex charges .',
      'the former labour mp , 86 , claimed more than £ 100,000 in expenses .',
    ]);
    // Not a spaced ellipsis, and not between two digits.
    assert.deepEqual(texts(segment('He paused . . . and then spoke. Version 2 . 5 is out.', 'plaintext')), ['He paused . . . and then spoke.', 'Version 2 . 5 is out.']);
  });

  it('treats lines: soft wraps continue, terminal punctuation and short headlines end a block', () => {
    const doc =
      'The meeting started with a visit to the launch\n' +
      'site. Then the leaders met in private for hours, far away from the\n' +
      'Kremlin, with Navy Adm.\n' +
      'Kim present.\n' +
      'A short headline\n' +
      'The story continues here with a long line of text that sets the width of this paragraph.\n' +
      '\n' +
      'A paragraph without a period\n' +
      '\n' +
      'Last one';
    const got = segment(doc, 'plaintext');
    checkInvariants(doc, 'plaintext', got);
    assert.deepEqual(texts(got), [
      'The meeting started with a visit to the launch\nsite.',
      'Then the leaders met in private for hours, far away from the\nKremlin, with Navy Adm.\nKim present.',
      'A short headline',
      'The story continues here with a long line of text that sets the width of this paragraph.',
      'A paragraph without a period',
      'Last one',
    ]);
    assert.equal(got[2].start, doc.indexOf('A short headline'));
    assert.equal(got[5].start, doc.length - 'Last one'.length);
  });

  it('drops sentences of only punctuation or symbols', () => {
    const got = segment('Intro.\n\n***\n\n— !\n\nEnd', 'plaintext');
    assert.deepEqual(got, [
      { start: 0, end: 6, text: 'Intro.', block: 'line' },
      { start: 18, end: 21, text: 'End', block: 'line' },
    ]);
  });

  it('segments very long blocks in windows without losing or moving boundaries', () => {
    const unit = 'Word number one is here. ';
    const doc = unit.repeat(3000).trimEnd();
    const got = segment(doc, 'plaintext');
    assert.equal(got.length, 3000);
    got.forEach((s, i) => {
      assert.equal(s.start, i * unit.length);
      assert.equal(s.text, 'Word number one is here.');
    });
    // 50,000 characters with no boundary at all: one sentence.
    const long = 'word '.repeat(10000) + 'end. After it.';
    const one = segment(long, 'plaintext');
    assert.deepEqual(one.map((s) => [s.start, s.end]), [[0, 50004], [50005, 50014]]);
  });
});

describe('segment: Markdown', () => {
  it('skips YAML front matter while counting its offsets', () => {
    const doc = '---\ntitle: Mr. T. Smith went home\ndate: 2023-09-13\n---\n\nFirst sentence here. Second one.\n';
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(got, [
      { start: 56, end: 76, text: 'First sentence here.', block: 'paragraph' },
      { start: 77, end: 88, text: 'Second one.', block: 'paragraph' },
    ]);
    assert.equal(doc.slice(56, 76), 'First sentence here.');
    assert.equal(proseMask(doc, 'markdown').masked.slice(0, 55), '   \n' + ' '.repeat(29) + '\n                \n   \n');
  });

  it('skips TOML front matter', () => {
    const doc = '+++\ntitle = "Hidden. Words"\n+++\nBody text. More.';
    assert.deepEqual(segment(doc, 'markdown'), [
      { start: 32, end: 42, text: 'Body text.', block: 'paragraph' },
      { start: 43, end: 48, text: 'More.', block: 'paragraph' },
    ]);
  });

  it('keeps code, HTML, URLs, titles and reference definitions out of sentence text', () => {
    const doc = [
      'Intro [link text](http://a.example/c.html "Link Title") and ![a rocket](r.png "Pic Title") here.',
      '',
      'Call `x.foo()` now. <!-- Hidden comment. --> Then <b>bold</b> go.',
      '',
      '```ts',
      'const secret = "Fenced. Code.";',
      '```',
      '',
      '    indented. Code block.',
      '',
      '[ref]: http://ref.example/x "Ref Title"',
      '',
      'See [ref] and <http://auto.example/y>.',
    ].join('\n');
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(texts(got), [
      `Intro  link text${' '.repeat(40)}and   a rocket${' '.repeat(21)}here.`,
      `Call${' '.repeat(11)}now.`,
      'Then    bold     go.',
      `See  ref  and${' '.repeat(24)}.`,
    ]);
    const all = texts(got).join(' ');
    for (const hidden of ['http', 'Title', 'foo', 'Hidden', 'Fenced', 'secret', 'indented', 'ref.example', 'auto', '<b>']) {
      assert.ok(!all.includes(hidden), `${hidden} leaked into sentence text`);
    }
    assert.equal(got[0].start, 0);
    assert.equal(got[1].start, doc.indexOf('Call'));
    assert.equal(got[3].start, doc.indexOf('See'));
    assert.equal(got[3].end, doc.length);
  });

  it('makes headings and list items sentences of their own, with their block kinds', () => {
    const doc = '# Kim meets Putin\n\nThe summit began\n\n- First item with no period\n- Second item. It has two sentences.\n\n1. Numbered item\n\n> Quoted words. More\n> quoted words.\n';
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(
      got.map((s) => [s.block, s.start, s.text]),
      [
        ['heading', 2, 'Kim meets Putin'],
        ['paragraph', 19, 'The summit began'],
        ['list-item', 39, 'First item with no period'],
        ['list-item', 67, 'Second item.'],
        ['list-item', 80, 'It has two sentences.'],
        ['list-item', 106, 'Numbered item'],
        ['blockquote', 123, 'Quoted words.'],
        ['blockquote', 137, 'More\n  quoted words.'],
      ],
    );
  });

  it('blanks task list checkboxes', () => {
    const doc = '- [ ] Check the figures.\n- [x] Done. Really';
    assert.deepEqual(
      segment(doc, 'markdown').map((s) => [s.start, s.text, s.block]),
      [[6, 'Check the figures.', 'list-item'], [31, 'Done.', 'list-item'], [37, 'Really', 'list-item']],
    );
  });

  it('blanks footnote marks: "[^1]" in the text and "[^1]:" opening the footnote', () => {
    const doc = 'Kim promised his full support[^1].\n\n[^1]: Source: the article.';
    assert.deepEqual(
      segment(doc, 'markdown').map((s) => [s.start, s.text]),
      [[0, 'Kim promised his full support    .'], [42, 'Source: the article.']],
    );
  });

  it('blanks emphasis markers and escapes, keeping the words in place', () => {
    const doc = 'This is *very* **bold** and _quiet_ text, \\*not\\* emphasis &amp; more.';
    const got = segment(doc, 'markdown');
    assert.deepEqual(got, [
      {
        start: 0,
        end: doc.length,
        text: 'This is  very    bold   and  quiet  text,  *not * emphasis &amp; more.',
        block: 'paragraph',
      },
    ]);
  });

  it('splits table cells into blocks and blanks the pipes and delimiter row', () => {
    const doc = 'Figures below.\n\n| Name | Value |\n|------|------:|\n| Alpha. Beta | 3.5 |\n';
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(
      got.map((s) => [s.block, s.start, s.text]),
      [
        ['paragraph', 0, 'Figures below.'],
        ['table-cell', 18, 'Name'],
        ['table-cell', 25, 'Value'],
        ['table-cell', 52, 'Alpha.'],
        ['table-cell', 59, 'Beta'],
        ['table-cell', 66, '3.5'],
      ],
    );
    assert.equal(proseMask(doc, 'markdown').masked.slice(16, 71), '  Name   Value  \n' + ' '.repeat(16) + '\n  Alpha. Beta   3.5  ');
  });

  it('leaves out a table row\'s place in a ranked list: a "Rank" column, "2. Tom Vance" (probe19, a stage race\'s classification)', () => {
    const doc = '| Rank | Rider | Time |\n|---|---|---|\n| 1 | Ken Aldo | 4hrs 2mins |\n| 2. | Tom Vance | +5secs |\n\n| Overall | Gap |\n|---|---|\n| 2. Tom Vance | 12 |\n';
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(got.map((s) => s.text), ['Rank', 'Rider', 'Time', 'Ken Aldo', '4hrs 2mins', 'Tom Vance', '+5secs', 'Overall', 'Gap', 'Tom Vance', '12']);
  });

  it('blanks text struck out with "~~…~~": the writer took it back (probe19)', () => {
    const doc = 'The flood killed ~~10~~ 12 people.\n\nIt hit ~~Dornhill and~~ Ashby on ~~2~~ 3 March.\n';
    const got = segment(doc, 'markdown');
    checkInvariants(doc, 'markdown', got);
    assert.deepEqual(got.map((s) => s.text), ['The flood killed        12 people.', 'It hit                  Ashby on       3 March.']);
    // A lone or tripled tilde is no strikethrough: "~10 km", "~~~".
    assert.deepEqual(segment('It is ~10 km away, ~20 minutes.\n', 'markdown').map((s) => s.text), ['It is ~10 km away, ~20 minutes.']);
  });

  it('gives the same sentences at shifted offsets for a CRLF document', () => {
    const lf = '---\ntitle: x\n---\n# Head line\n\nOne sentence. Two\nsentences here.\n\n- item *one*\n- item two\n\n```\ncode.\n```\nLast. \n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = segment(lf, 'markdown');
    const b = segment(crlf, 'markdown');
    checkInvariants(crlf, 'markdown', b);
    assert.deepEqual(texts(a), ['Head line', 'One sentence.', 'Two\nsentences here.', 'item  one', 'item two', 'Last.']);
    assert.equal(b.length, a.length);
    a.forEach((s, i) => {
      const shift = (lf.slice(0, s.start).match(/\n/g) ?? []).length;
      assert.equal(b[i].start, s.start + shift);
      assert.equal(b[i].text, s.text.replace(/\n/g, '\r\n'));
      assert.equal(b[i].block, s.block);
    });
    assert.deepEqual(b[2], { start: 49, end: 69, text: 'Two\r\nsentences here.', block: 'paragraph' });
  });

  it('counts an emoji as two UTF-16 units', () => {
    const plain = segment('# Go\n\nLaunch day. The rocket flew.', 'markdown');
    const emoji = segment('# Go🚀\n\nLaunch day. The rocket flew.', 'markdown');
    assert.deepEqual(
      plain.map((s) => [s.start, s.end, s.text]),
      [[2, 4, 'Go'], [6, 17, 'Launch day.'], [18, 34, 'The rocket flew.']],
    );
    assert.deepEqual(
      emoji.map((s) => [s.start, s.end, s.text]),
      [[2, 6, 'Go🚀'], [8, 19, 'Launch day.'], [20, 36, 'The rocket flew.']],
    );
    // An emoji-only heading is no sentence.
    assert.deepEqual(segment('# 🚀\n\nGo.', 'markdown').map((s) => [s.start, s.text]), [[6, 'Go.']]);
    const inline = segment('🚀Launch day. The rocket flew.', 'plaintext');
    assert.deepEqual(inline.map((s) => [s.start, s.end, s.text]), [[0, 13, '🚀Launch day.'], [14, 30, 'The rocket flew.']]);
  });
});

describe('segment: short blocks segmented in batches', () => {
  const ROOT = path.join(__dirname, '..', '..');
  const lines = [
    'Mr.', 'He met Mr.', 'Smith arrived.', 'the U.S.', 'District Court ruled.', 'It rose 3.', '5% in May.', '“Really?”', 'he asked.',
    'Wait...', 'then it ended', 'Done!) ', '(See p. 4.)', 'i.e.', 'lowercase start. Next one.', '\u0301accent first. Then more.',
    'Ends with spaces.   ', 'Kim Jong Un met Vladimir Putin. They talked for 4 hours.', '1.', '2. The second item.', 'A.', 'B. Smith wrote it.',
  ];
  const texts = [
    readFileSync(path.join(ROOT, 'sample/article.txt'), 'utf8'),
    readFileSync(path.join(ROOT, 'sample/draft.md'), 'utf8'),
    readFileSync(path.join(ROOT, 'sample/draft-with-mistakes.md'), 'utf8'),
    lines.join('\n\n'),
    lines.join('\n'),
    [...lines, 'A long block. '.repeat(200), ...lines].join('\n\n'),
    lines.map((l, i) => `${'x'.repeat(i * 90)} ${l}`).join('\n\n'),
  ];

  it('gives every block the boundaries of an ICU call of its own', () => {
    for (const text of texts) {
      for (const kind of ['plaintext', 'markdown'] as const) assert.deepEqual(segment(text, kind), segmentUnbatched(text, kind), `${kind}: ${text.slice(0, 60)}`);
    }
  });

  it('makes one ICU call for many short blocks', () => {
    const proto = Intl.Segmenter.prototype;
    const original = proto.segment;
    let calls = 0;
    proto.segment = function (this: Intl.Segmenter, input: string) {
      calls++;
      return original.call(this, input);
    };
    try {
      const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} has a sentence. And another one.`).join('\n\n');
      assert.equal(segment(text, 'plaintext').length, 80);
      assert.equal(calls, 1);
    } finally {
      proto.segment = original;
    }
  });
});

