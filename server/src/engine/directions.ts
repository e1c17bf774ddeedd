// What a sentence says went up or down: "profits dropped", "a sharp increase in profit", "rising prices". Each
// is a topic (the stem of the thing that changed) and a direction, read from the rise / fall words of terms.ts
// next to a noun. term-mismatch compares the draft's with its evidence's, so "a sharp increase in profit" is caught
// where the source says "profits dropped by more than 20 per cent", whatever the other words.
import { isEnglishWord } from './lowercaseNames';
import { changeDirection, directionWords, isNegation } from './terms';
import type { Token } from './tokens';

export interface TopicDirection {
  /** Stem of the noun that changed ("profit"). */
  topic: string;
  direction: 1 | -1;
  /** The word giving the direction. */
  token: Token;
  /** The noun that changed. */
  noun: Token;
  /** How the sentence puts it: "noun" ("an increase in profit"), "verb" ("profits rose"), "adjective" ("rising prices"). */
  form: 'noun' | 'verb' | 'adjective';
}

/** Words between a topic and its verb: "profits have dropped", "sales were falling". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'may', 'might', 'also', 'again', 'further', 'sharply', 'steadily', 'slightly']);
/** Direction words that are nouns before "in" or "of": "an increase in", "a fall of". */
const NOUN_OF = new Set(['in', 'of']);
/** Words before the topic noun after "in" / "of": "a drop in (its) (first-half) profits". */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);
/** Words after "fall" or "rise" that make it no change of an amount: "falling into insolvency", "rose to fame". */
const FALL_IDIOMS = new Set(['into', 'asleep', 'ill', 'victim', 'foul', 'short', 'apart', 'through', 'silent', 'pregnant', 'prey', 'love', 'fame', 'prominence', 'power', 'sick']);
/** After a fall word only: "fell under suspicion" (but "budgets have grown under successive governments"). */
const FALL_ONLY_IDIOMS = new Set(['under']);
/** Past forms, which are verbs and never the noun of "a rise in": "profits rose in April" is no rise of April. */
const PAST_FORMS = new Set(['rose', 'fell', 'grew', 'shrank', 'sank', 'slid']);
const pastForm = (norm: string): boolean => PAST_FORMS.has(norm) || /ed$/.test(norm);
/** Prepositions the stop list lacks, which are no topic: "is rising, despite a cap". */
const PREPOSITIONS = new Set(['despite', 'amid', 'amidst', 'among', 'across', 'since', 'toward', 'towards', 'within', 'without', 'beyond', 'per', 'via', 'following', 'including', 'ahead', 'around', 'near', 'like', 'unlike', 'whether']);
/** Prepositions between a topic and the name it belongs to: "like-for-like sales at Argos fell". */
const OWNER_PREPOSITIONS = new Set(['at', 'in', 'of', 'for']);
/** Nouns that say how much, not what: "a rise in the number of", "a fall in the rate of" keep the topic after "of". */
const MEASURES = new Set(['number', 'numbers', 'level', 'levels', 'rate', 'rates', 'amount', 'value', 'cost', 'costs', 'share', 'proportion', 'percentage', 'price', 'prices', 'volume', 'use', 'demand', 'supply']);

const BE = new Set(['was', 'were', 'is', 'are', 'been']);
/** "Up" and "down": a direction at a figure ("up 4%") or after a form of "be" ("orders were down"). */
export const UP_DOWN: Record<string, 1 | -1> = Object.assign(Object.create(null) as Record<string, 1 | -1>, { up: 1, down: -1 });
/** UP_DOWN as a Map, for the lookups of every token (see fractions.ts). */
const UP_DOWN_WORDS = new Map<string, 1 | -1>(Object.entries(UP_DOWN));
/** Verbs that change their object: "raising prices", "cut journey times", "upped delivery prices". (A Map: see
 *  fractions.ts.) */
const TRANSITIVE = new Map<string, 1 | -1>(Object.entries<1 | -1>({
  ...Object.fromEntries('raise raises raised raising hike hikes hiked hiking upped upping double doubles doubled doubling increase increases increased increasing boost boosts boosted boosting'.split(' ').map(w => [w, 1])),
  ...Object.fromEntries('cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering slash slashes slashed slashing halve halves halved halving decrease decreases decreased decreasing'.split(' ').map(w => [w, -1])),
}));
/** Of those, the verbs that also change on their own: "profits doubled", "sales increased 5%" (read as "rose" when no
 *  object follows). */
const INTRANSITIVE_TOO = new Set('double doubles doubled doubling halve halves halved halving increase increases increased increasing decrease decreases decreased decreasing'.split(' '));

/** Words before a change that make it wished, asked for or expected, not stated: "demanded lower ticket prices",
 *  "plans to cut fares", "could rise". */
const NOT_STATED = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'call', 'calls', 'called', 'calling', 'want', 'wants', 'wanted', 'urge', 'urges', 'urged',
  'seek', 'seeks', 'sought', 'push', 'pushed', 'pushing', 'plan', 'plans', 'planned', 'aim', 'aims', 'aimed', 'hope', 'hopes', 'hoped',
  'target', 'targets', 'expect', 'expects', 'expected', 'forecast', 'forecasts', 'predict', 'predicts', 'predicted', 'could', 'would',
  'may', 'might', 'should', 'will', 'must', 'if', 'propose', 'proposed', 'proposes', 'threaten', 'threatened', 'likely',
]);
/** Right before the change only: "expected to rise", "called for lower prices" (not "in response to a surge"). */
const NOT_STATED_BEFORE = new Set(['to', 'for']);

/** The changes a sentence states. `sentence` gives the text between the tokens (punctuation is not tokenised). */
export function topicDirections(tokens: Token[], sentence: { text: string; start: number }): TopicDirection[] {
  const out: TopicDirection[] = [];
  /** Punctuation between tokens i - 1 and i: a comma or a bracket ends a noun phrase and a clause. */
  const broken = (i: number): boolean => i > 0 && i < tokens.length && /[,;:()–—"“”]/.test(sentence.text.slice(tokens[i - 1].end - sentence.start, tokens[i].start - sentence.start));
  /** Wished or expected: a NOT_STATED word within the three words before token k, in its clause. */
  const unstated = (k: number): boolean => {
    if (k > 0 && NOT_STATED_BEFORE.has(tokens[k - 1].norm)) return true;
    for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
      if (NOT_STATED.has(tokens[i].norm)) return true;
      if (broken(i)) return false;
    }
    return false;
  };
  // A noun: a content word in lower case, or an English word opening the sentence ("Profits rose", not "Acme rose").
  const noun = (t: Token | undefined): boolean =>
    !!t && !t.stop && !t.num && (!t.cap || (t === tokens[0] && isEnglishWord(t.norm, t.stem))) && /^[a-z][a-z-]*$/.test(t.norm) && changeDirection(t.norm) === 0 && !TRANSITIVE.has(t.norm) && !PREPOSITIONS.has(t.norm);
  /** The head of the noun phrase from token i on: the last of up to four nouns after determiners; -1 if none. */
  const objectFrom = (i: number): number => {
    while (DETERMINERS.has(tokens[i]?.norm ?? '')) i++;
    let last = -1;
    // A verb in the past ("a cut in prices helped") or an adverb ends it.
    for (const end = i + 4; i < tokens.length && i < end && noun(tokens[i]) && !/.{3}(?:ed|ly)$/.test(tokens[i].norm) && (last < 0 || !broken(i)); i++) last = i;
    return last;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const verbOf = TRANSITIVE.get(t.norm);
    // "after lowering prices", "it upped delivery prices": what the verb changes comes after it. ("A cut in
    // prices" is a noun: read below.)
    // In the passive ("the programme was cut by 60%", not "have been cutting budgets") what changed comes before it,
    // as for "fell" (below).
    const passive = k > 0 && (BE.has(tokens[k - 1].norm) || tokens[k - 1].norm === 'be') && !/ing$/.test(t.norm);
    if (verbOf && !passive && !NOUN_OF.has(tokens[k + 1]?.norm ?? '') && !(k > 0 && (DETERMINERS.has(tokens[k - 1].norm) || isNegation(tokens[k - 1].norm)))) {
      // Those that change on their own too take an object only after a determiner: "increased its stake", not
      // "increased last year".
      const objectless = INTRANSITIVE_TOO.has(t.norm) && !DETERMINERS.has(tokens[k + 1]?.norm ?? '');
      const wished = unstated(k);
      let o = wished || broken(k + 1) || objectless ? -1 : objectFrom(k + 1);
      // "increased the number of visitors": what is counted.
      if (o >= 0 && MEASURES.has(tokens[o].norm) && tokens[o + 1]?.norm === 'of' && noun(tokens[o + 2])) o += 2;
      if (o >= 0) out.push({ topic: tokens[o].stem, noun: tokens[o], direction: verbOf, token: t, form: 'verb' });
      if (o >= 0 || !INTRANSITIVE_TOO.has(t.norm) || wished) continue;
    }
    // "A cut in prices", "a hike in fees": the verb's noun. "Orders were down 10.9%": "up" and "down" after a form
    // of "be".
    const direction =
      changeDirection(t.norm) || (verbOf && (passive || INTRANSITIVE_TOO.has(t.norm) || NOUN_OF.has(tokens[k + 1]?.norm ?? '')) ? verbOf : 0) || (k > 0 && BE.has(tokens[k - 1].norm) ? UP_DOWN_WORDS.get(t.norm) ?? 0 : 0);
    if (direction === 0) continue;
    if (unstated(k)) continue;
    // "fell into debt", "fell ill", "fell short": no change of an amount.
    if (FALL_IDIOMS.has(tokens[k + 1]?.norm ?? '') || (direction < 0 && FALL_ONLY_IDIOMS.has(tokens[k + 1]?.norm ?? ''))) continue;
    if (eventNamed(tokens, k)) continue;
    // Negated ("did not fall", "no increase in"): no direction stated.
    if ((k > 0 && isNegation(tokens[k - 1].norm)) || (k > 1 && isNegation(tokens[k - 2].norm))) continue;
    if (NOUN_OF.has(tokens[k + 1]?.norm ?? '') && !broken(k + 1) && !broken(k + 2) && !pastForm(t.norm)) {
      // "an increase in (the) (first-half) profits": the last noun of the words after "in".
      let last = objectFrom(k + 2);
      // "a rise in the number of cases": the topic is what is counted.
      if (last >= 0 && MEASURES.has(tokens[last].norm) && tokens[last + 1]?.norm === 'of' && noun(tokens[last + 2])) last += 2;
      if (last >= 0) out.push({ topic: tokens[last].stem, noun: tokens[last], direction, token: t, form: 'noun' });
      continue;
    }
    // "rising prices", "reported higher profits": the noun right after, where no noun stands before.
    const before = tokens[k - 1];
    if ((/(?:ing|er)$/.test(t.norm) && noun(tokens[k + 1]) && (!before || before.stop || /ed$/.test(before.norm))) || (/ed$/.test(t.norm) && before && DETERMINERS.has(before.norm) && noun(tokens[k + 1]))) {
      out.push({ topic: tokens[k + 1].stem, noun: tokens[k + 1], direction, token: t, form: 'adjective' });
      continue;
    }
    // "profits (have) dropped": the noun right before the verb, over auxiliaries.
    let b = k - 1;
    while (b >= 0 && AUXILIARIES.has(tokens[b].norm) && !broken(b + 1)) b--;
    // "like-for-like sales at Argos fell": over the name the topic belongs to.
    if (b >= 2 && tokens[b].cap && !noun(tokens[b]) && OWNER_PREPOSITIONS.has(tokens[b - 1].norm) && noun(tokens[b - 2]) && !broken(b) && !broken(b + 1)) b -= 2;
    if (b >= 0 && noun(tokens[b]) && !broken(b + 1)) {
      out.push({ topic: tokens[b].stem, noun: tokens[b], direction, token: t, form: 'verb' });
    }
  }
  return out;
}

/** "The risk of falling", "fears of rising": the word names an event; no amount changed. */
export function eventNamed(tokens: Token[], k: number): boolean {
  return k > 0 && tokens[k - 1].norm === 'of' && /ing$/.test(tokens[k].norm);
}

/** The direction a word gives, intransitive or transitive ("rose", "cut"), or 0. */
export function directionOf(norm: string): 1 | -1 | 0 {
  return changeDirection(norm) || TRANSITIVE.get(norm) || UP_DOWN_WORDS.get(norm) || 0;
}

/** A quick test on a text for a word topicDirections reads (so the words of sentences without one are never made). */
export function mayStateChange(text: string): boolean {
  CHANGE_WORDS ??= new RegExp(`\\b(?:${[...directionWords(), ...TRANSITIVE.keys(), 'up', 'down'].join('|')})\\b`, 'i');
  return CHANGE_WORDS.test(text);
}
let CHANGE_WORDS: RegExp | undefined;
