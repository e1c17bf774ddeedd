// name-mismatch, for a quotation: the draft gives a source's words to someone the source does not. "Labour's Claire
// Baker said "each of the lives lost is one life too many"" where the source has "Justice Secretary Michael
// Matheson said: "… each of the lives lost is one life too many"". The speaker is the name written right before or
// after a verb of saying ("X said", "said X", "X conceded:", "according to X"), in the draft and in the source
// sentence holding the words (or the sentence before it, when that one has no such verb); the draft's speaker must
// be none of the source's, nor named anywhere in those sentences.
import type { SentenceContext } from '../context';
import { namesAgree, type NameClaim } from '../names';
import { quoteWords, type QuoteClaim } from '../quotes';
import type { IndexedSentence } from '../sourceIndex';
import type { Token } from '../tokens';

const SPEECH_VERBS = new Set(
  'said says say told tells added adds warned warns conceded concedes explained explains insisted insists claimed claims stated states declared declares wrote writes argued argues noted notes replied replies admitted admits'.split(' '),
);

export function quoteSpeaker(ctx: SentenceContext): void {
  const quotes = ctx.draft.quotes.filter(q => !ctx.flagged.has(q));
  if (quotes.length !== 1) return;
  const q = quotes[0];
  const speakers = speakersOf(ctx.draft.tokens, ctx.draft.names, [q]);
  if (speakers.length !== 1 || ctx.flagged.has(speakers[0])) return;
  const ours = speakers[0];
  const source = ctx.candidates.slice(0, 5).map(c => c.sentence).find(s => holdsQuote(s, q));
  if (!source) return;
  let theirs = speakersOf(source.tokens, source.names, source.quotes);
  const named = [...source.names];
  if (theirs.length === 0 && !source.tokens.some(t => SPEECH_VERBS.has(t.norm))) {
    const before = source.doc.sentences[source.doc.sentences.indexOf(source) - 1];
    if (before) {
      theirs = speakersOf(before.tokens, before.names, before.quotes);
      named.push(...before.names);
    }
  }
  if (theirs.length === 0 || theirs.some(t => namesAgree(ours, t))) return;
  // Named anywhere in those sentences (as "Baker", or inside the quotation): perhaps the speaker after all.
  const words = new Set(named.flatMap(n => n.words));
  if (ours.words.some(w => words.has(w))) return;
  ctx.flagged.add(ours);
  ctx.findings.push({
    rule: 'name-mismatch',
    span: { start: ours.start, end: ours.end },
    message: `"${ours.text}" here; the source gives these words to "${theirs[0].text}".`,
    expected: theirs[0].text,
    evidence: [source],
  });
}

/** The names written right before or after a verb of saying, outside the sentence's quotations. */
function speakersOf(tokens: Token[], names: NameClaim[], quotes: QuoteClaim[]): NameClaim[] {
  const quoted = (n: NameClaim) => quotes.some(q => n.start < q.end && q.start < n.end);
  return names.filter(n => {
    if (quoted(n) || n.place || n.code) return false;
    const after = tokens[n.tokenEnd]?.norm;
    const before = tokens[n.tokenStart - 1]?.norm;
    const twoBefore = tokens[n.tokenStart - 2]?.norm;
    return (after !== undefined && SPEECH_VERBS.has(after)) || (before !== undefined && SPEECH_VERBS.has(before)) || (twoBefore === 'according' && before === 'to');
  });
}

/** The source sentence holds the quotation's words (its first part), in order. */
function holdsQuote(s: IndexedSentence, q: QuoteClaim): boolean {
  const part = q.parts[0];
  if (!part || part.length < MIN_WORDS) return false;
  return ` ${quoteWords(s.sentence.text).join(' ')} `.includes(` ${part.join(' ')} `);
}

/** A quotation of fewer words ("gutted") is too common to say whose it is. */
const MIN_WORDS = 4;
