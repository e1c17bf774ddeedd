// number-mismatch for a figure given to the wrong party: "United was second with 5.6 million award seats" where
// the source says "Delta came in second place with 5.6 million award seats; United ranked third with 5 million".
// The figure is in the sources, so the number checks pass it; whose it is, is what is wrong. Flagged when every
// source mention of the figure belongs to another name, and the sources give the draft's name a figure of the same
// kind that the draft does not state.
import type { SentenceContext } from '../context';
import { ownerOf } from '../figureOwners';
import { namesAgree, type NameClaim } from '../names';
import { comparableUnits, numbersAgree, type NumberClaim } from '../numbers';
import { scoresOf } from '../scores';
import { passingRead, type IndexedSentence, type SourceIndex } from '../sourceIndex';
import { perIndex } from './support';

/** Sentences this far apart at most give both parties' figures side by side. */
const NEAR = 1;

export function figureOwner(ctx: SentenceContext): void {
  const draft = ctx.draft;
  for (const n of draft.numbers) {
    if (ctx.flagged.has(n) || n.fraction || n.hedge || n.unit?.family === 'age' || n.unit?.family === 'time') continue;
    // A figure of something: an amount, a share, a rank or a count of a named thing ("2010-11" is none).
    if (!n.unit && n.noun === undefined) continue;
    const owner = ownerOf(draft.sentence, draft.tokens, draft.names, n);
    if (!owner || ctx.flagged.has(owner)) continue;
    // The best evidence gives the figure to the draft's owner: settled without reading other sentences (a check
    // reading the owners around every figure kept the server 50 MB larger after 20 drafts).
    const best = ctx.candidates[0]?.sentence;
    if (best && ownedIn(best).some(o => o.owner && numbersAgree(n, o.claim) && namesAgree(owner, o.owner))) continue;
    // The sentences giving the figure (by value), and those around them: only there may both parties' figures
    // stand side by side. Owners are read for these sentences only (reading every source sentence's names and words
    // took 2.5 s of the 200k-word bench).
    const same = sentencesWithValue(ctx.index, n.value).flatMap(ownedIn).filter(o => numbersAgree(n, o.claim));
    // Every mention of the figure has an owner, none of them the draft's.
    if (same.length === 0 || same.some(o => !o.owner || namesAgree(owner, o.owner) || namesAgree(o.owner, owner))) continue;
    // The draft's owner has another figure of that kind, one the draft sentence does not give, in a sentence next to
    // one giving the draft's figure: the setting where a figure changes hands. (Figures far apart meet by chance:
    // "14" for Kabul against the "16" of the Taliban elsewhere.)
    let theirs: Owned | undefined;
    let other: Owned | undefined;
    for (const o of neighbours(ctx.index, same.map(x => x.sentence)).flatMap(ownedIn)) {
      if (!o.owner || !namesAgree(owner, o.owner) || !comparableUnits(n, o.claim) || !sameNoun(n, o.claim) || draft.numbers.some(d => numbersAgree(d, o.claim))) continue;
      other = same.find(x => x.sentence.doc === o.sentence.doc && Math.abs(x.sentence.id - o.sentence.id) <= NEAR);
      if (other) {
        theirs = o;
        break;
      }
    }
    if (!theirs || !other) continue;
    ctx.flagged.add(n);
    ctx.findings.push({
      rule: 'number-mismatch',
      span: { start: n.start, end: n.end },
      message: `"${n.text}" here for ${bare(owner)}; the source gives ${bare(owner)} "${theirs.claim.text}", and "${other.claim.text}" to ${bare(other.owner!)}.`,
      expected: theirs.claim.text,
      evidence: [theirs.sentence, other.sentence],
    });
  }
}

interface Owned {
  claim: NumberClaim;
  owner: NameClaim | undefined;
  sentence: IndexedSentence;
}

/** The figures of a source sentence with their owners, read once per sentence. */
function ownedIn(sentence: IndexedSentence): Owned[] {
  let owned = OWNED.get(sentence);
  if (!owned) {
    // The goals of a score are no party's figures ("Barca's 6-0 win over Getafe").
    const inScores = new Set(scoresOf(sentence.sentence.text, sentence.sentence.start, sentence.numbers).flat());
    const numbers = sentence.numbers.filter(claim => !inScores.has(claim));
    // Tokens and names read in passing: most of these sentences are read for this once (see passingRead).
    const { tokens, names } = numbers.length > 0 ? passingRead(sentence) : { tokens: [], names: [] };
    owned = numbers.map((claim): Owned => ({ claim, owner: ownerOf(sentence.sentence, tokens, names, claim), sentence }));
    OWNED.set(sentence, owned);
  }
  return owned;
}
const OWNED = new WeakMap<IndexedSentence, Owned[]>();

/** The source sentences giving a figure of this value, by value, read once per index. */
const byValue = perIndex(index => {
  const map = new Map<number, IndexedSentence[]>();
  for (const s of index.sentences) {
    for (const x of s.numbers) {
      for (const v of x.alt === undefined ? [x.value] : [x.value, x.alt]) {
        const list = map.get(v);
        if (!list) map.set(v, [s]);
        else if (list[list.length - 1] !== s) list.push(s);
      }
    }
  }
  return map;
});
function sentencesWithValue(index: SourceIndex, value: number): IndexedSentence[] {
  return byValue(index).get(value) ?? [];
}

/** The sentences and those NEAR them in their documents (by position in the index, which lists each document's
 *  sentences in order). */
function neighbours(index: SourceIndex, sentences: IndexedSentence[]): IndexedSentence[] {
  const out = new Set<IndexedSentence>();
  for (const s of sentences) {
    for (let k = s.id - NEAR; k <= s.id + NEAR; k++) {
      const t = index.sentences[k];
      if (t && t.doc === s.doc) out.add(t);
    }
  }
  return [...out];
}

/** Both count the same thing, or either counts nothing named. */
function sameNoun(a: NumberClaim, b: NumberClaim): boolean {
  return a.noun === undefined || b.noun === undefined || a.noun === b.noun;
}

function bare(n: NameClaim): string {
  return n.text.replace(/['’]s?$/, '');
}
