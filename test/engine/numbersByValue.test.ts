// numberStatedInSources looks the sources' numbers of the draft figure's value up first: the same answers as scanning
// every number of the sources (its `scanAll` reference), on real sources and drafts, with the figures of the drafts as
// written and changed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findEvidence } from '../../server/src/engine/align';
import { analyseSentence } from '../../server/src/engine/claims';
import type { SentenceContext } from '../../server/src/engine/context';
import { numberStatedInSources } from '../../server/src/engine/rules/support';
import { segment } from '../../server/src/engine/segment';
import { indexSources } from '../../server/src/engine/sourceIndex';
import * as excerpts from '../fixtures/dev-excerpts';

describe('numberStatedInSources by value', () => {
  it('answers as the scan of every source number does', () => {
    const root = path.resolve(__dirname, '../..');
    const sources = [fs.readFileSync(path.join(root, 'sample/article.txt'), 'utf8')];
    const drafts = ['sample/draft.md', 'sample/draft-with-mistakes.md'].map(f => fs.readFileSync(path.join(root, f), 'utf8'));
    for (const e of Object.values(excerpts)) {
      if (e && typeof e === 'object' && 'source' in e) {
        sources.push((e as { source: string }).source);
        drafts.push((e as { draft: string }).draft);
      }
    }
    const index = indexSources([...new Set(sources)].map((text, i) => ({ path: `s${i}.txt`, text, kind: 'plaintext' as const })));
    let compared = 0;
    let stated = 0;
    for (const draft of [...drafts, ...sources]) {
      for (const s of segment(draft, 'plaintext')) {
        const analysed = analyseSentence(s);
        const ctx: SentenceContext = { draft: analysed, index, candidates: findEvidence(analysed, index), flagged: new Set(), findings: [] };
        for (const n of analysed.numbers) {
          // As written, and changed: another value, a rounding, a hedge.
          for (const v of [n, { ...n, value: n.value + 1 }, { ...n, value: Math.round(n.value / 100) * 100, sig: 1 }, { ...n, hedge: 'about' as const }]) {
            const expected = numberStatedInSources(ctx, v, true);
            assert.equal(numberStatedInSources(ctx, v), expected, `${n.text} as ${v.value} ${v.hedge ?? ''} in: ${s.text}`);
            compared++;
            if (expected) stated++;
          }
        }
      }
    }
    assert.ok(compared > 200 && stated > 50 && stated < compared, `${stated} of ${compared} stated`);
  });
});
