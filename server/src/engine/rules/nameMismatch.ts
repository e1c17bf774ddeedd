// name-mismatch: a person, place or organisation other than the one the supporting source sentence names in that
// place ("Lim Soo-suk, the head of the space committee" where the source says Pak Thae Song).
import { tokenRange } from '../claims';
import { substituted, type SentenceContext } from '../context';
import { comparableNames, namesAgree, spelledAlike, type NameClaim } from '../names';
import { nameStatedInSources, otherFirstNames } from './support';

export function nameMismatch(ctx: SentenceContext): void {
  const best = ctx.candidates[0]?.sentence;
  if (!best || !ctx.alignment) return;
  const a = ctx.alignment;
  const draftNames = ctx.draft.names;
  for (const n of draftNames) {
    // The name is in the evidence sentence, and that mention is not already matched with another word of the draft.
    const own = tokenRange(ctx.draft.tokens, n)!;
    const agreeing = best.names.filter(e => namesAgree(n, e));
    const free = agreeing.some(e => {
      const r = tokenRange(best.tokens, e);
      if (!r) return true;
      for (let k = r[0]; k < r[1]; k++) {
        const d = a.sourceToDraft[k];
        if (d >= 0 && (d < own[0] || d >= own[1])) return false;
      }
      return true;
    });
    if (free) continue;
    let expected = substituted<NameClaim>(ctx, n, s => s.names, draftNames, comparableNames, namesAgree);
    let evidence = best;
    if (!expected) {
      // "Jack Sidwell" where the sources only ever call him "Steve Sidwell": the same surname, another first name.
      const others = nameStatedInSources(ctx, n) ? [] : otherFirstNames(ctx, n);
      if (others.length === 0 || new Set(others.map(o => o.claim.words.join(' '))).size > 1) continue;
      ({ claim: expected, sentence: evidence } = others[0]);
    }
    // A misspelling of the source's name is not another name: unsupported-name suggests the spelling.
    if (spelledAlike(n, expected)) continue;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'name-mismatch',
      span: { start: n.start, end: n.end },
      message: `"${n.text}" here; the source names "${expected.text.replace(/['’]s$/, '')}".`,
      expected: expected.text.replace(/['’]s$/, ''),
      evidence: [evidence],
    });
  }
}
