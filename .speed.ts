import { readFileSync } from 'node:fs';
import { segment } from './server/src/engine/segment';
const art = readFileSync('sample/article.txt', 'utf8');
const reps = Math.ceil(1_000_000 / (art.length + 2));
const cases: [string, string, 'plaintext'|'markdown'][] = [
  ['plain, paragraphs', Array(reps).fill(art).join('\n\n'), 'plaintext'],
  ['plain, article repeated (\\n)', Array(reps).fill(art).join('\n'), 'plaintext'],
  ['plain, one 1MB line', Array(reps).fill(art.replace(/\n/g, ' ')).join(' '), 'plaintext'],
  ['plain, no boundary 1MB', 'word '.repeat(200000), 'plaintext'],
  ['plain, glued no spaces 1MB', 'aa.Bb'.repeat(200000), 'plaintext'],
  ['markdown, paragraphs', Array(reps).fill(art).join('\n\n'), 'markdown'],
];
segment(art, 'plaintext'); segment(art, 'markdown');
for (const [name, text, kind] of cases) {
  const t = performance.now(); const n = segment(text, kind).length; const ms = performance.now() - t;
  console.log(`${name}: ${(text.length/1e6).toFixed(2)} MB, ${n} sentences, ${ms.toFixed(0)} ms`);
}
