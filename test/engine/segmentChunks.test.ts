// segment() cuts a Markdown document into chunks and segments each on its own (cached by chunk text, with a
// parser-free path for plain paragraphs). These tests compare it with segmenting the whole document at once, on
// random documents built from every construct that can run across a blank line, and on edits.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { proseMask } from '../../server/src/engine/prose';
import { chunkStarts, segment, segmentWhole } from '../../server/src/engine/segment';
import { rng } from '../fixtures/random';


const SENTENCES = [
  'Kim promised Putin his "full and unconditional support" on Wednesday.',
  'The 18-month conflict has depleted the munitions stocks, officials said.',
  'Adm. Smith met U.S. District Judge J. K. Rowling in Aug. 31 talks.',
  'AT&T and R&D spending rose 3.5% to £3.5m; see www.example.com/report or write to press@example.org.',
  'He said “no.” and left.',
  'Prices | rose | sharply',
  'Smith  \nwent home.',
  'The plan (costing $45 million) was approved!',
];
const INLINE = ['*emphasis*', '_under_', '**strong**', '`code span`', '[a link](https://example.com/x)', '<https://auto.link>', '<span>html</span>', '\\*escaped\\*', '![alt *text*](img.png)', '&amp; entity', 'tab\there', '<!-- grounded-disable-line -->', 'snake_case_word'];

function paragraph(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = SENTENCES[Math.floor(r() * SENTENCES.length)];
    if (r() < 0.3) s = s.replace(' ', ` ${INLINE[Math.floor(r() * INLINE.length)]} `);
    parts.push(s);
  }
  const text = parts.join(r() < 0.3 ? '\n' : ' ');
  return r() < 0.1 ? text.replace(/\n/g, '\n   ') : text;
}

const BLOCKS: Array<(r: () => number) => string> = [
  r => paragraph(r),
  r => paragraph(r),
  r => `# ${paragraph(r).split('\n')[0]}`,
  r => `## Heading ${Math.floor(r() * 9)} ##`,
  r => `${paragraph(r).split('\n')[0]}\n${r() < 0.5 ? '===' : '---'}`,
  r => `- ${paragraph(r)}\n- ${paragraph(r)}`,
  r => `1. ${paragraph(r)}\n2. ${paragraph(r)}`,
  r => `- item one\n\n  continued ${paragraph(r)}\n\n- item two`,
  r => `- item\n\n  \`\`\`\n  code\n\n  more code\n  \`\`\``,
  r => `- item\n\n  \`\`\`\ncol zero\n\nafter`,
  r => `* [ ] task ${paragraph(r)}\n* [x] done`,
  r => `> ${paragraph(r)}\n>\n> ${paragraph(r)}`,
  r => `> quote\n\n> another quote ${paragraph(r)}`,
  r => `> \`\`\`\n> quoted code\n\nafter quote`,
  r => `\`\`\`\n${paragraph(r)}\n\n${paragraph(r)}\n\`\`\``,
  r => `~~~~ js\ncode\n\n~~~\nstill code\n\n~~~~`,
  r => `\`\`\`\nunclosed code\n\n${paragraph(r)}`,
  r => `    indented code\n\n    more indented code`,
  r => `<!--\n${paragraph(r)}\n\n${paragraph(r)}\n-->`,
  r => `<!-- one-line comment -->`,
  r => `<div>\n${paragraph(r)}\n\n</div>`,
  r => `<script>\nvar a = 1;\n\nvar b = 2;\n</script>`,
  r => `<?php\necho 1;\n\n?>`,
  r => `<!DOCTYPE html\n\n>`,
  r => `<![CDATA[\nx\n\ny\n]]>`,
  r => `***`,
  r => `| a | b |\n|---|---|\n| ${SENTENCES[0]} | two |`,
  r => `Term\n    indented continuation ${paragraph(r)}`,
  r => `\t${paragraph(r)}`,
  r => `2019. The year ${paragraph(r)}`,
  r => `+ plus item\n\n+ another`,
  r => `<!-- grounded-disable-next-line number-mismatch -->\n${paragraph(r)}`,
];

function randomDocument(seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  const fm = r();
  if (fm < 0.2) parts.push(`---\ntitle: x\n\nsources: [a.txt]\n---`);
  else if (fm < 0.25) parts.push(`+++\ntitle = "x"\n+++`);
  else if (fm < 0.28) parts.push(`---\nunclosed: front matter`);
  const n = 3 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) parts.push(BLOCKS[Math.floor(r() * BLOCKS.length)](r));
  let text = '';
  for (const p of parts) {
    const gap = r();
    text += p + (gap < 0.15 ? '\n' : gap < 0.8 ? '\n\n' : gap < 0.9 ? '\n\n\n' : '\n  \n');
  }
  if (r() < 0.2) text = text.replace(/\n/g, '\r\n');
  if (r() < 0.2) text = text.trimEnd();
  return text;
}

function assertSame(text: string, label: string): void {
  const whole = segmentWhole(text, 'markdown');
  const chunked = segment(text, 'markdown');
  assert.deepEqual(chunked, whole, `${label}: chunked segmentation differs from the whole-document one\n${JSON.stringify(text)}`);
}

describe('segment: Markdown by chunks equals the whole document', () => {
  it('cuts before column-0 lines after blank lines, not inside front matter', () => {
    assert.deepEqual(chunkStarts('a\n\nb\n\n  c\n\nd'), [0, 3, 11]);
    assert.deepEqual(chunkStarts('---\nx: 1\n\ny: 2\n---\n\nbody\n\nmore'), [0, 20, 26]);
    assert.deepEqual(chunkStarts('---\nunclosed\n\nbody'), [0]);
  });

  it('on 600 random documents of every block kind', function () {
    this.timeout(120_000);
    for (let seed = 1; seed <= 600; seed++) assertSame(randomDocument(seed), `seed ${seed}`);
  });

  it('on the sample drafts, the README and the fixtures', () => {
    const repo = path.resolve(__dirname, '../..');
    const files = [
      ...['sample/draft.md', 'sample/draft-with-mistakes.md', 'README.md'].map(f => path.join(repo, f)),
      ...fs.readdirSync(path.join(repo, 'test/fixtures')).filter(f => f.endsWith('.md')).map(f => path.join(repo, 'test/fixtures', f)),
    ];
    for (const f of files) if (fs.existsSync(f)) assertSame(fs.readFileSync(f, 'utf8'), path.basename(f));
  });

  it('after edits that open and close fences, comments and front matter', () => {
    const r = rng(99);
    const inserts = ['```\n', '\n```\n', '<!--', '-->', '---\n', '\n\n', '> ', '- ', '    ', '[x]: https://example.com\n', '*', '`', '\n# ', '<script>\n'];
    for (let seed = 1; seed <= 150; seed++) {
      let text = randomDocument(1000 + seed);
      for (let e = 0; e < 6; e++) {
        const at = Math.floor(r() * (text.length + 1));
        text = text.slice(0, at) + inserts[Math.floor(r() * inserts.length)] + text.slice(at);
        assertSame(text, `seed ${1000 + seed}, edit ${e}`);
      }
    }
  });

  it('typing one character at a time', function () {
    this.timeout(120_000);
    const r = rng(7);
    const chars = 'ab .,\n`*_[]()<>#-=!:~\\|\t';
    for (let seed = 1; seed <= 60; seed++) {
      let text = randomDocument(2000 + seed);
      const other = randomDocument(3000 + seed);
      let at = Math.floor(r() * (text.length + 1));
      for (let k = 0; k < 25; k++) {
        if (r() < 0.2) at = Math.floor(r() * (text.length + 1));
        if (r() < 0.2 && at > 0) {
          text = text.slice(0, at - 1) + text.slice(at);
          at--;
        } else {
          text = text.slice(0, at) + chars[Math.floor(r() * chars.length)] + text.slice(at);
          at++;
        }
        assertSame(text, `seed ${2000 + seed}, keystroke ${k}`);
        // Another document in between (another draft checked) and the same text again.
        if (k % 10 === 9) {
          assertSame(other, `seed ${3000 + seed}`);
          assertSame(text, `seed ${2000 + seed}, keystroke ${k}, again`);
        }
      }
    }
  });

  it('keeps the masking invariants (same length, line breaks kept)', () => {
    const text = randomDocument(7);
    assert.equal(proseMask(text, 'markdown').masked.length, text.length);
  });
});
