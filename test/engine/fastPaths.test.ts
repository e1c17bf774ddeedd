// The engine's fast paths (memoised word forms, pre-gates, counting loops) against the straightforward code they
// replaced, kept here as the reference: the same tokens and claims on real text (the seed article and drafts, the
// dev-data excerpts) and on the edge cases the fast paths must keep.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { acronym, compact, extractNames, isTitleCase } from '../../server/src/engine/names';
import { extractNumbers } from '../../server/src/engine/numbers';
import { quoteWords } from '../../server/src/engine/quotes';
import { segment } from '../../server/src/engine/segment';
import { normWord, stem, STOPWORDS, tokenize, type Token } from '../../server/src/engine/tokens';
import * as excerpts from '../fixtures/dev-excerpts';

const ROOT = path.resolve(__dirname, '../..');

/** Real sentences: the sample article and drafts, every dev-data excerpt, and edge cases. */
export function realSentences(): Array<{ text: string; start: number }> {
  const texts = ['sample/article.txt', 'sample/draft.md', 'sample/draft-with-mistakes.md'].map(f => fs.readFileSync(path.join(ROOT, f), 'utf8'));
  for (const e of Object.values(excerpts)) {
    if (e && typeof e === 'object' && 'source' in e) texts.push((e as { source: string }).source, (e as { draft: string }).draft);
  }
  texts.push(
    'Twenty constructor parts, the constructor said; twenty-one were sent. The Third Way, a dozen eggs, thirty-five years.',
    'KIM PROMISES TO SUPPORT RUSSIA IN ITS SACRED FIGHT',
    'Kim Promises To Support Russia In Its Fight',
    'École Polytechnique and ÉTATS-UNIS met Ülkü Öztürk in Łódź, said Dr. Ångström of the U.N. in São Paulo.',
    'Mr. A. B. Smith, the U.S.-based CEO, paid $3.5m (£2,000) on 13.09.2023 to Al-Qaeda’s agent, 50, 000 dollars.',
  );
  const out: Array<{ text: string; start: number }> = [];
  for (const t of texts) for (const s of segment(t, 'plaintext')) out.push({ text: s.text, start: s.start });
  return out;
}

// --- the reference implementations (the code before the fast paths) ---

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-‐‑](?=[\p{L}\p{N}])|[.,](?=\p{N})|\.(?=\p{Lu}\.)|(?<=\b\p{Lu})\.(?=\p{Lu}))*\.?/gu;

function referenceTokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) && !/\.\p{L}\.$/u.test(raw)) raw = raw.slice(0, -1);
    const norm = normWord(raw);
    if (!norm) continue;
    out.push({ start: base + m.index, end: base + m.index + raw.length, text: raw, norm, stem: stem(norm), cap: /^\p{Lu}/u.test(raw), num: /\p{N}/u.test(raw), stop: STOPWORDS.has(norm) });
  }
  return out;
}

function referenceIsTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter(t => !t.num && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const letters = words.map(t => t.text).join('');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper / letters.replace(/[^\p{L}]/gu, '').length > 0.75 && words.length >= 3) return true;
  const inner = words.slice(1);
  const capitalisedFunctionWord = inner.some(t => t.cap && STOPWORDS.has(t.norm) && t.norm.length >= 2 && !/^(?:i|us|may|will|new)$/.test(t.norm));
  const long = words.filter(t => t.text.length > 3);
  return capitalisedFunctionWord && long.filter(t => t.cap).length / Math.max(1, long.length) >= 0.6;
}

describe('engine fast paths give the results of the plain code', () => {
  const sentences = realSentences();

  it('has real text to compare on', () => {
    assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  });

  it('tokenize with memoised word forms = tokenising each word afresh (twice: filling the memo, then reading it)', () => {
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) assert.deepEqual(tokenize(s.text, s.start), referenceTokenize(s.text, s.start), s.text);
    }
  });

  it('isTitleCase by counting = isTitleCase by joining and filtering', () => {
    let titles = 0;
    for (const s of sentences) {
      const tokens = tokenize(s.text, s.start);
      const expected = referenceIsTitleCase(tokens);
      if (expected) titles++;
      assert.equal(isTitleCase(tokens), expected, s.text);
    }
    assert.ok(titles >= 2);
  });

  it('the quantity pre-gate keeps the words the number tables read as defined ("constructor" among them)', () => {
    for (const s of sentences) {
      for (const c of extractNumbers(s.text, s.start, tokenize(s.text, s.start))) assert.equal(s.text.slice(c.start - s.start, c.end - s.start), c.text);
    }
    // "constructor" is an inherited name of the number-word table: it spoils "twenty" as before, and stays no claim.
    const t = 'Twenty constructor parts arrived; twenty-one were sent, a dozen came back.';
    assert.deepEqual(extractNumbers(t, 0, tokenize(t)).map(c => c.text), ['twenty-one', 'dozen']);
  });

  it('extractNames on real text is stable across calls (memoised letter counts)', () => {
    for (const s of sentences) {
      const a = extractNames(s.text, s.start, tokenize(s.text, s.start));
      const b = extractNames(s.text, s.start, referenceTokenize(s.text, s.start));
      assert.deepEqual(a, b, s.text);
    }
  });

  it('quoteWords with memoised word forms = normalising each word afresh', () => {
    const reference = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map(m => normWord(m[0]).replace(/'s$/, ''));
    for (let round = 0; round < 2; round++) for (const s of sentences) assert.deepEqual(quoteWords(s.text), reference(s.text), s.text);
  });

  it('compact and acronym with memoised forms = working them out afresh, on the names of real text', () => {
    const reference = (t: string) => t.replace(/['’]s(?!\p{Ll})/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    let names = 0;
    for (let round = 0; round < 2; round++) {
      for (const s of sentences) {
        for (const n of extractNames(s.text, s.start, tokenize(s.text, s.start))) {
          names++;
          assert.equal(compact(n.text), reference(n.text), n.text);
          const letters = n.text.replace(/[.\s]/g, '');
          assert.equal(acronym(n), /^\p{Lu}{2,6}$/u.test(letters) ? letters.toLowerCase() : undefined, n.text);
        }
        assert.equal(compact(s.text), reference(s.text));
      }
    }
    assert.ok(names > 100);
  });
});

