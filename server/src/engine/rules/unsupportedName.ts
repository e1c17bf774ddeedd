// unsupported-name: a person, place or organisation that no source mentions in any form (full name, surname,
// demonym, acronym). Suggests the closest source name when one is spelt alike.
import { supportingSentences, type SentenceContext } from '../context';
import { SUGGEST_NAME_SCORE } from '../sourceIndex';
import { nameStatedInSources, surnameOnly } from './support';

export function unsupportedName(ctx: SentenceContext): void {
  for (const n of ctx.draft.names) {
    if (ctx.flagged.has(n)) continue;
    // A lone capitalised word opening a sentence may be an ordinary word; only known places count there.
    if (n.initial && !n.place) continue;
    if (nameStatedInSources(ctx, n)) continue;
    ctx.flagged.add(n);
    // "Jeremy Clarkson" where the sources say only "Clarkson": the first name is the draft's own; the fix drops it.
    const bare = surnameOnly(ctx, n);
    if (bare.length > 0) {
      const possessive = /['’]s$/u;
      const surname = bare[0].claim.text.replace(possessive, '');
      // Worded for people and for clubs alike ("Greenock Morton" where the sources say "Morton").
      ctx.findings.push({
        rule: 'unsupported-name',
        span: { start: n.start, end: n.end },
        message: `The sources name only "${surname}", never "${n.text.replace(possessive, '')}".`,
        expected: surname + (possessive.exec(n.text)?.[0] ?? ''),
        evidence: [...new Set(bare.map(s => s.sentence))].slice(0, 3),
      });
      continue;
    }
    const hit = ctx.index.fuzzyNames().search(n.text, { limit: 1 })[0];
    const expected = hit && (hit.score ?? 1) <= SUGGEST_NAME_SCORE ? hit.item : undefined;
    ctx.findings.push({
      rule: 'unsupported-name',
      span: { start: n.start, end: n.end },
      message: expected ? `"${n.text}" is not mentioned in any source; did you mean "${expected}"?` : `"${n.text}" is not mentioned in any source.`,
      expected,
      evidence: supportingSentences(ctx, 0.5),
    });
  }
}
