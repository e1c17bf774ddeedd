// term-mismatch: a word that excludes the one its evidence uses in that place ("white and blue paint" where the
// source says "yellow and blue"; "prices fell" where it says "rose"; "his daughter" where it says "his son"; "sold"
// where it says "buying"). Only words of the closed sets in terms.ts and WordNet's antonyms count, and only where
// the draft follows its evidence word for word around the swap, so a paraphrase with other words is never taken
// for a contradiction.
import { matchedAround, type Gap } from '../align';
import { closeParaphrase, inFlaggedQuote, locallyAnchored, type SentenceContext } from '../context';
import { agesOfPeople } from '../ages';
import { tokenRange, type AnalysedSentence } from '../claims';
import { namesAgree } from '../names';
import { comparableUnits, numbersAgree, type NumberClaim } from '../numbers';
import { changeDirection, contradicts, contrastive, isNegation, periodOutOfPlace, prefixNegated, sameTerm } from '../terms';
import type { Token } from '../tokens';
import { directionOf, eventNamed, mayStateChange, topicDirections, UP_DOWN, type TopicDirection } from '../directions';
import type { SourceIndex } from '../sourceIndex';
import { perIndex } from './support';

// Regular expressions with \p{…} escapes are made once, here: esbuild (tsx, the bundles) compiles such a literal
// to `new RegExp(…)`, which a literal written inside a function makes again at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/** An adverb of degree beside the swapped word changes nothing of it: "hugely popular" / "unpopular". */
const DEGREE = /^(?:hugely|highly|very|extremely|largely|widely|deeply|sharply|slightly|increasingly|relatively|fairly|quite)$/;

/** Comparatives, which "than" may turn round. */
const COMPARATIVES = /^(?:higher|lower|more|less|fewer|greater|smaller|larger|bigger|cheaper|dearer|warmer|cooler|colder|hotter|older|younger|better|worse|faster|slower|earlier|later|longer|shorter)$/;

/** At most this many words on either side of a swap. */
const MAX_GAP = 4;
/** Evidence covering this share of the draft sentence's words follows it almost word for word... */
const NEAR_VERBATIM = 0.8;
/** ...and then only a candidate covering this share is another source of the sentence; otherwise one covering this
 *  share ("pleaded not guilty to the murder of Johnson", 0.27 of "has pled guilty to murder in the death 35 years ago
 *  of an American…", states no murder plea). */
const OTHER_SOURCE = 0.5;
const OTHER_SOURCE_LOOSE = 0.4;

export function termMismatch(ctx: SentenceContext): void {
  swappedTerms(ctx);
  if (ctx.candidates[0] && ctx.alignment) {
    directionAtFigure(ctx);
    reversedChange(ctx);
    directionAgainstOwnFigures(ctx);
    directionOfTopic(ctx);
  }
}

/** Characters between a name and the noun it owns: "Russia's defence budget". */
const OWNER_SPAN = 20;

/** Evidence sharing less of the draft sentence than this says nothing of its changes. The same noun changing is a
 *  link of its own, so a low share does: "in response to their decreased market availability" against the third
 *  candidate, "a response to the increased market availability" (0.19). At 0.4 it found 3 SummEdits pairs; at 0.15,
 *  5 more, and one FRANK draft labelled consistent whose "rise in turnover" the article contradicts ("turnover
 *  falling by £1m"). */
const TOPIC_EVIDENCE = 0.15;

/**
 * A thing the draft says went the other way: "after a sharp increase in profit" where the evidence says "profits
 * dropped by more than 20 per cent". The same noun changes in both (as the noun after "an increase in", the subject
 * of "rose", or after "rising"), the evidence gives it only the other direction, and no source sentence gives it the
 * draft's.
 */
function directionOfTopic(ctx: SentenceContext): void {
  const ours = topicDirections(ctx.draft.tokens, ctx.draft.sentence);
  if (ours.length === 0) return;
  const evidence = ctx.candidates.slice(0, 3).filter(c => c.coverage >= TOPIC_EVIDENCE);
  const readHere = new Set(ours.map(x => x.token));
  for (const d of ours) {
    if (ctx.findings.some(f => f.span.start <= d.token.start && d.token.end <= f.span.end)) continue;
    // A draft sentence that gives the other direction too, of the same thing or of one not read, compares two
    // parties: "Russia's defence budget has increased while many European nations cut theirs".
    if (ours.some(x => x.topic === d.topic && x.direction !== d.direction) || ctx.draft.tokens.some((t, i) => directionOf(t.norm) === -d.direction && !readHere.has(t) && !eventNamed(ctx.draft.tokens, i))) continue;
    // Whose thing it is: a name the draft gives right before the noun ("Russia's defence budget") must be in the
    // evidence sentence, or that sentence may speak of someone else's ("European nations … their defence budgets").
    const owners = ctx.draft.names.filter(n => n.end <= d.noun.start && d.noun.start - n.end <= OWNER_SPAN);
    const theirs = evidence
      .filter(c => owners.every(o => c.sentence.names.some(n => namesAgree(o, n))))
      .flatMap(c => topicDirections(c.sentence.tokens, c.sentence.sentence).filter(e => e.topic === d.topic).map(e => ({ e, s: c.sentence })));
    if (theirs.length === 0 || theirs.some(({ e }) => e.direction === d.direction)) continue;
    // An evidence sentence with a word of the draft's direction whose thing is not read may say it of the same thing
    // ("fell in March after rising in February"): left alone.
    if (theirs.some(({ s }) => {
      const read = new Set(topicDirections(s.tokens, s.sentence).map(x => x.token));
      return s.tokens.some((t, i) => directionOf(t.norm) === d.direction && !read.has(t) && !eventNamed(s.tokens, i));
    })) continue;
    if (directionsInSources(ctx.index, d.topic).has(d.direction)) continue;
    const { e, s } = theirs[0];
    ctx.findings.push({
      rule: 'term-mismatch',
      span: { start: d.token.start, end: d.token.end },
      message: `"${d.token.text}" here; the source says "${s.sentence.text.slice(quoted(e).start - s.sentence.start, quoted(e).end - s.sentence.start)}".`,
      ...(e.form === d.form ? { expected: matchCase(e.token.text, d.token.text) } : {}),
      evidence: [s],
    });
  }
}

/** The source's words for a change: the noun and its verb ("profits dropped") or the noun after ("fall in sales"). */
function quoted(e: TopicDirection): { start: number; end: number } {
  return e.form === 'verb' ? { start: Math.min(e.token.start, e.noun.start), end: e.token.end } : { start: e.token.start, end: Math.max(e.token.end, e.noun.end) };
}

/** The directions the sources give a thing (by its stem), read once per index and thing from the sentences with a
 *  word of change and the stem in their text only: the words of the others are never made (reading every change
 *  sentence of 10 MB of sources kept the server 85 MB larger). */
function directionsInSources(index: SourceIndex, topic: string): Set<number> {
  const memo = topicMemo(index);
  let found = memo.get(topic);
  if (!found) {
    found = new Set();
    const stem = new RegExp(topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    for (const s of changeSentences(index)) {
      if (!stem.test(s.sentence.text)) continue;
      for (const x of topicDirections(s.tokens, s.sentence)) if (x.topic === topic) found.add(x.direction);
    }
    memo.set(topic, found);
  }
  return found;
}
const topicMemo = perIndex(() => new Map<string, Set<number>>());
const changeSentences = perIndex(index => index.sentences.filter(s => mayStateChange(s.sentence.text)));

/** A change from one figure to another told the other way round: "has risen from 897 to 950" where the source says
 *  "had fallen from 950 to 897". The evidence (or a sentence near it) gives the two figures as "from B to A" and no
 *  source sentence among them as "from A to B". */
function reversedChange(ctx: SentenceContext): void {
  for (const [from, to] of changes(ctx.draft.tokens, ctx.draft.numbers)) {
    if (ctx.flagged.has(from) || ctx.flagged.has(to)) continue;
    const near = ctx.candidates.slice(0, 3).map(c => c.sentence);
    const pairs = near.flatMap(s => changes(s.tokens, s.numbers).map(p => ({ p, s })));
    if (pairs.some(({ p }) => numbersAgree(from, p[0]) && numbersAgree(to, p[1]))) continue;
    const other = pairs.find(({ p }) => numbersAgree(from, p[1]) && numbersAgree(to, p[0]));
    if (!other) continue;
    // Told "to B from A", put the draft's way round: "16.3% to 15.7%".
    let theirs = other.p[0].start < other.p[1].start
      ? other.s.sentence.text.slice(other.p[0].start - other.s.sentence.start, other.p[1].end - other.s.sentence.start)
      : `${other.p[0].text} to ${other.p[1].text}`;
    let start = from.start;
    // The draft's word for the change goes with it ("has [risen] from 897 to 950" for "had [fallen] from 950 to 897"),
    // in one finding whose fix is whole.
    const ourWord = directionNear(ctx.draft.tokens, from, ctx.draft.sentence);
    // ("fell to 15.7% from 16.3%": the word stands before the figure it ended at.)
    const theirWord = directionNear(other.s.tokens, other.p[0], other.s.sentence) ?? directionNear(other.s.tokens, other.p[1], other.s.sentence);
    if (ourWord && theirWord && ourWord.direction === -theirWord.direction) {
      const word = ourWord.token;
      const sourceWord = theirWord.token;
      start = word.start;
      theirs = `${matchCase(sourceWord.text, word.text)}${ctx.draft.sentence.text.slice(word.end - ctx.draft.sentence.start, from.start - ctx.draft.sentence.start)}${theirs}`;
      const said = ctx.findings.findIndex(f => f.rule === 'term-mismatch' && f.span.start === word.start);
      if (said >= 0) ctx.findings.splice(said, 1);
    }
    const ours = ctx.draft.sentence.text.slice(start - ctx.draft.sentence.start, to.end - ctx.draft.sentence.start);
    ctx.flagged.add(from);
    ctx.flagged.add(to);
    ctx.findings.push({
      rule: 'term-mismatch',
      span: { start, end: to.end },
      message: `"${ours}" here; the source gives the change the other way round: "${theirs}".`,
      expected: theirs,
      evidence: [other.s],
    });
  }
}

/** The changes "from A to B" (or "to B from A") a sentence writes, as pairs of its figures, where it started first. */
function changes(tokens: Token[], numbers: NumberClaim[]): Array<[NumberClaim, NumberClaim]> {
  const out: Array<[NumberClaim, NumberClaim]> = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    if (b.tokenStart !== a.tokenEnd + 1) continue;
    const before = tokens[a.tokenStart - 1]?.norm;
    const between = tokens[a.tokenEnd]?.norm;
    if (before === 'from' && between === 'to') out.push([a, b]);
    else if (before === 'to' && between === 'from') out.push([b, a]);
  }
  return out;
}

/**
 * A change whose word goes against the draft's own figures: "rose in 2011, from 16.3% to 15.7%" where the source says
 * "fell to 15.7% from 16.3%". The word of change is the last one before "from", within a few words and not past
 * another figure of the kind; the evidence (or a sentence near it) gives both figures together, and none of them says
 * the change went the draft's way. Ranks go the other way from their numbers ("rose from 10th to 3rd"): left alone.
 */
function directionAgainstOwnFigures(ctx: SentenceContext): void {
  const tokens = ctx.draft.tokens;
  for (const [from, to] of changes(tokens, ctx.draft.numbers)) {
    if (ctx.flagged.has(from) || ctx.flagged.has(to) || from.value === to.value) continue;
    if (from.unit?.family === 'ordinal' || to.unit?.family === 'ordinal' || (from.unit?.family ?? 'count') !== (to.unit?.family ?? 'count')) continue;
    const at = Math.min(from.tokenStart, to.tokenStart) - 1;
    let word: Token | undefined;
    let direction: 1 | -1 | 0 = 0;
    for (let k = at - 1; k >= Math.max(0, at - OWN_CHANGE_WORDS); k--) {
      const t = tokens[k];
      if (t.num && ctx.draft.numbers.some(x => x.tokenStart <= k && k < x.tokenEnd && x.kind === 'number' && comparableUnits(x, from))) break;
      direction = changeDirection(t.norm) || (tokens[k + 1]?.norm !== 'to' ? UP_DOWN[t.norm] ?? 0 : 0);
      if (direction) { word = t; break; }
    }
    if (!word || direction === Math.sign(to.value - from.value)) continue;
    if (ctx.findings.some(f => f.span.start <= word.start && word.end <= f.span.end)) continue;
    const near = ctx.candidates.slice(0, 3).map(c => c.sentence);
    const both = near.filter(s => s.numbers.some(e => numbersAgree(from, e)) && s.numbers.some(e => numbersAgree(to, e)));
    if (both.length === 0) continue;
    // A source sentence that puts the change the draft's way, whatever its figures, speaks of it so too.
    if (both.some(s => s.tokens.some(t => (changeDirection(t.norm) || UP_DOWN[t.norm] || 0) === direction))) continue;
    const theirs = both.flatMap(s => s.tokens.filter(t => changeDirection(t.norm) === -direction).map(t => ({ t, s })))[0];
    const fall = direction > 0 ? 'a fall' : 'a rise';
    ctx.findings.push({
      rule: 'term-mismatch',
      span: { start: word.start, end: word.end },
      message: `"${word.text}" here, but from ${from.text} to ${to.text} is ${fall}${theirs ? `; the source says "${theirs.t.text}"` : ''}.`,
      ...(theirs ? { expected: matchCase(theirs.t.text, word.text) } : {}),
      evidence: [theirs?.s ?? both[0]],
    });
  }
}
/** Words back from "from" to the word of change: "rose in 2011, from 16.3% to 15.7%". */
const OWN_CHANGE_WORDS = 5;

/** Words of the sets swapped where the draft follows its evidence word for word around them. */
function swappedTerms(ctx: SentenceContext): void {
  const best = ctx.candidates[0]?.sentence;
  const a = ctx.alignment;
  if (!best || !a) return;
  const close = closeParaphrase(ctx);
  const draftTokens = ctx.draft.tokens;
  // The candidates that may state the draft's word elsewhere. A candidate that shares only a few of the sentence's
  // words is no other source of it ("the lowest level" is not stated by a sentence on another market's lowest), the
  // fewer when the evidence follows the draft almost word for word.
  const others = ctx.candidates.slice(0, 3).filter((c, i) => i === 0 || c.coverage >= (ctx.candidates[0].coverage < NEAR_VERBATIM ? OTHER_SOURCE_LOOSE : OTHER_SOURCE));
  // Apart from the swapped words, a differing stretch may hold only function words or other such words.
  // A person's age set off by commas may stand in the stretch too: "Dhillon, 26, [denied] murder" for "Dhillon
  // [admitted] murdering" (probe24).
  const ages = (s: AnalysedSentence) => new Set(agesOfPeople(s).flatMap(x => x.claim.tokenEnd - x.claim.tokenStart === 1 ? [x.claim.tokenStart] : []));
  const onlySuch = (from: number, to: number, s: AnalysedSentence, skip: number) => {
    const aside = s.tokens.slice(from, to).some(t => t.num) ? ages(s) : undefined;
    return s.tokens.slice(from, to).every((t, i) => from + i === skip || t.stop || contrastive(t, from + i === 0) || DEGREE.test(t.norm) || aside?.has(from + i));
  };
  for (const gap of a.gaps) {
    // (A swap at either end is anchored firmly on its one side.)
    const edge = (!gap.anchoredBefore && openingSwap(ctx, gap)) || (!gap.anchoredAfter && closingSwap(ctx, gap)) || undefined;
    const g = edge ?? gap;
    if (!g.anchoredBefore || !g.anchoredAfter || g.d1 - g.d0 > MAX_GAP || g.e1 - g.e0 > MAX_GAP) continue;
    // In a sentence that follows its evidence only in part (two source sentences fused into one), the words
    // right around the swap must follow it: "yellow and [white] paint" for "… and [blue] paint".
    if (!close && !edge && !locallyAnchored(a, draftTokens, g)) continue;
    const sourceGap = best.tokens.slice(g.e0, g.e1);
    for (let k = g.d0; k < g.d1; k++) {
      const d = draftTokens[k];
      // A word of the sets, one WordNet gives an antonym, or one the source gives with "un-" ("crewed" / "uncrewed").
      const prefixed = sourceGap.some(e => prefixNegated(d.norm, e.norm));
      if ((!prefixed && !contrastive(d, k === 0)) || inFlaggedQuote(ctx, d)) continue;
      const facing = sourceGap.find(e => contradicts(d, e) && !draftTokens.some(t => sameTerm(t, e)));
      if (!facing || periodOutOfPlace(draftTokens, k) || periodOutOfPlace(best.tokens, best.tokens.indexOf(facing))) continue;
      // A comparison turned round says the same: "the south will see higher temperatures than the north" for "the
      // north will see lower temperatures than the south". Not one with the same thing after "than": "41 incidents,
      // [fewer] than in the first round of voting" for "higher than in the first round of voting" (probe25).
      if (draftTokens.some(t => t.norm === 'than') && best.tokens.some(t => t.norm === 'than') && COMPARATIVES.test(d.norm) &&
        !sameAfterThan(draftTokens, k, best.tokens, best.tokens.indexOf(facing))) continue;
      // Negated in the draft, the opposite says the same: "not aware" for "unaware", "did not win" for "lost".
      if ((k > 0 && isNegation(draftTokens[k - 1].norm)) || (k > 1 && isNegation(draftTokens[k - 2].norm) && draftTokens[k - 1].stop)) continue;
      // The draft's word is stated by the evidence or by another good candidate elsewhere: not a swap. A mention
      // under a negation ("girls, not boys, were affected") states nothing.
      if (others.some(c => c.sentence.tokens.some((t, i) => sameTerm(t, d) && !(i > 0 && isNegation(c.sentence.tokens[i - 1].norm))))) continue;
      if (!onlySuch(g.d0, g.d1, ctx.draft, k) || !onlySuch(g.e0, g.e1, best, best.tokens.indexOf(facing))) continue;
      ctx.findings.push({
        rule: 'term-mismatch',
        span: { start: d.start, end: d.end },
        message: `"${d.text}" here; the source says "${facing.text}".`,
        expected: matchCase(facing.text, d.text),
        evidence: [best],
      });
      break;
    }
  }
}

/** The "than" a few words after each comparative (d in the draft, e in the source) is followed by the same content
 *  words, THAN_WORDS of them or up to the end: both compare with the same thing. */
function sameAfterThan(draft: Token[], d: number, source: Token[], e: number): boolean {
  const after = (tokens: Token[], k: number) => {
    const than = tokens.findIndex((t, i) => i > k && i <= k + THAN_GAP && t.norm === 'than');
    return than < 0 ? undefined : tokens.slice(than + 1).filter(t => !t.stop).slice(0, THAN_WORDS).map(t => t.stem);
  };
  const ours = after(draft, d);
  const theirs = after(source, e);
  return !!ours && !!theirs && ours.length > 0 && ours.join(' ') === theirs.join(' ');
}
/** Words from a comparative to its "than" ("higher temperatures than"), and content words compared after it. */
const THAN_GAP = 3;
const THAN_WORDS = 3;

/**
 * A swap at the end of the words that open the sentence, right before a firm row of words that follow the source:
 * "Wright [admitted] causing serious injury by dangerous driving" for "He accepted he had hit the cyclist but [denies]
 * causing serious injury by dangerous driving" (probe24). The source may say more before its word; the draft only
 * its subject (function words and names) before its own. Returned as a gap of the two words, anchored, for
 * swappedTerms to weigh as any other; undefined when the opening is no such swap. Either word negated ("did not
 * deny causing") says the same.
 */
function openingSwap(ctx: SentenceContext, g: Gap): Gap | undefined {
  const a = ctx.alignment!;
  const draft = ctx.draft.tokens;
  const source = ctx.candidates[0].sentence.tokens;
  if (g.d0 !== 0 || !g.anchoredAfter || g.d1 === 0 || g.e1 === g.e0 || !closeParaphrase(ctx)) return undefined;
  if (!draft.slice(0, g.d1 - 1).every(t => (t.stop || t.cap) && !isNegation(t.norm))) return undefined;
  if (source.slice(Math.max(g.e0, g.e1 - 3), g.e1 - 1).some(t => isNegation(t.norm))) return undefined;
  const around = matchedAround(a, draft, g.d1, g.d1, g.e1, g.e1);
  if (around.after < FIRM_OPENING || around.content < FIRM_OPENING - 1) return undefined;
  return { d0: g.d1 - 1, d1: g.d1, e0: g.e1 - 1, e1: g.e1, anchoredBefore: true, anchoredAfter: true };
}
/** Matched words in a row after an opening swap, all but one of them content words. */
const FIRM_OPENING = 4;

/**
 * The last word of both sentences swapped, after a row of words that follow the source: "plans for automatic
 * pardons … were announced last [week]" for "plans for automatic pardons were announced last [month]" (probe25).
 * Only one word on each side, the last of both sentences; returned anchored, as openingSwap's.
 */
function closingSwap(ctx: SentenceContext, g: Gap): Gap | undefined {
  const draft = ctx.draft.tokens;
  const source = ctx.candidates[0].sentence.tokens;
  if (!g.anchoredBefore || g.d1 !== draft.length || g.e1 !== source.length || g.d1 - g.d0 !== 1 || g.e1 - g.e0 !== 1) return undefined;
  const around = matchedAround(ctx.alignment!, draft, g.d0, g.d1, g.e0, g.e1);
  if (around.before < FIRM_CLOSING || around.content < FIRM_CLOSING - 1) return undefined;
  return { ...g, anchoredAfter: true };
}
/** Matched words in a row before a closing swap, all but one of them content words. */
const FIRM_CLOSING = 3;

/**
 * A change the draft gives the opposite direction at the same figure: "London prices will rise by 3.6 per cent" where
 * the evidence has prices "dropping by 3.6 per cent". The figure anchors the comparison whatever the words around
 * it, so the paraphrase may differ; the direction is the word nearest the figure on each side (before it within a
 * few words, or right after it: "a 3% fall"), and no source sentence may give that figure in the draft's direction.
 */
function directionAtFigure(ctx: SentenceContext): void {
  const best = ctx.candidates[0].sentence;
  for (const n of ctx.draft.numbers) {
    if (n.unit?.family === 'time' || n.unit?.family === 'age' || n.unit?.family === 'ordinal') continue;
    const ours = directionNear(ctx.draft.tokens, n, ctx.draft.sentence);
    if (!ours) continue;
    const same = best.numbers.filter(e => numbersAgree(n, e));
    if (same.length === 0) continue;
    const theirs = same.map(e => directionNear(best.tokens, e, best.sentence));
    if (!theirs.every(t => t && t.direction === -ours.direction)) continue;
    // The sources give the figure in the draft's direction somewhere: not a contradiction.
    const near = ctx.candidates.slice(0, 3).map(c => c.sentence);
    if (near.some(s => s.numbers.some(e => numbersAgree(n, e) && directionNear(s.tokens, e, s.sentence)?.direction === ours.direction))) continue;
    // Already flagged where the draft follows its evidence word for word.
    if (ctx.findings.some(f => f.rule === 'term-mismatch' && f.span.start === ours.token.start)) continue;
    const word = theirs[0]!.token;
    ctx.findings.push({
      rule: 'term-mismatch',
      span: { start: ours.token.start, end: ours.token.end },
      message: `"${ours.token.text}" here; for ${n.text} the source says "${word.text}".`,
      expected: matchCase(word.text, ours.token.text),
      evidence: [best],
    });
  }
}

/** The word giving a figure's direction of change: right after it ("a 3% fall", "5% higher"), or within
 *  DIRECTION_BEFORE words before it ("fell by 3.6 per cent", "a rise of 5%"), not past another figure or a comma.
 *  "Up to" and "down to" bound a figure; they give no direction. */
function directionNear(tokens: Token[], n: { start: number; end: number }, sentence: { text: string; start: number }): { direction: 1 | -1; token: Token } | undefined {
  const r = tokenRange(tokens, n);
  if (!r) return undefined;
  // The word right after the figure first: in "profits rose despite a £1m drop", "drop" is £1m's. A conversion in
  // brackets may come between: "3 per cent (£5,910) lower".
  let a = r[1];
  while (a < r[1] + 2 && tokens[a]?.num) a++;
  const after = tokens[a];
  const next = after ? changeDirection(after.norm) || UP_DOWN[after.norm] || 0 : 0;
  if (next) return { direction: next, token: after };
  for (let k = r[0] - 1; k >= Math.max(0, r[0] - DIRECTION_BEFORE); k--) {
    const t = tokens[k];
    // A figure or a clause break (punctuation is not tokenised: read between the words) ends the search.
    if (t.num || /[,;:()]/.test(sentence.text.slice(t.end - sentence.start, tokens[k + 1].start - sentence.start))) break;
    // "up 4%", "went down by 20,000"; not "up to 10%" (a bound).
    const direction = changeDirection(t.norm) || (tokens[k + 1]?.norm !== 'to' && UP_DOWN[t.norm]) || 0;
    if (direction) return { direction, token: t };
  }
  return undefined;
}
const DIRECTION_BEFORE = 4;

/** The source's word with the draft word's capitalisation, for the quick fix. */
function matchCase(word: string, like: string): string {
  if (UPPER_FIRST.test(like)) return word[0].toUpperCase() + word.slice(1);
  return word.toLowerCase();
}

