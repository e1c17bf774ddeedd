// unsupported-name: a person, place or organisation that no source mentions in any form (full name, surname,
// demonym, acronym). Suggests the closest source name when one is spelt alike.
import { supportingSentences, type SentenceContext } from '../context';
import { SUGGEST_NAME_SCORE } from '../sourceIndex';
import { nameStatedInSources } from './support';

export function unsupportedName(ctx: SentenceContext): void {
  for (const n of ctx.draft.names) {
    if (ctx.flagged.has(n)) continue;
    // A lone capitalised word opening a sentence may be an ordinary word; only known places count there.
    if (n.initial && !n.place) continue;
    if (nameStatedInSources(ctx, n)) continue;
    const hit = ctx.index.fuzzyNames().search(n.text, { limit: 1 })[0];
    const expected = hit && (hit.score ?? 1) <= SUGGEST_NAME_SCORE ? hit.item : undefined;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'unsupported-name',
      span: { start: n.start, end: n.end },
      message: expected ? `"${n.text}" is not mentioned in any source; did you mean "${expected}"?` : `"${n.text}" is not mentioned in any source.`,
      expected,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
}
