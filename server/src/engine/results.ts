// Who beat whom: the results of games, matches and contests a sentence states between two names, read from the
// verbs and nouns of winning and losing ("Holland beat Spain", "Spain lost 5-1 to Holland", "were beaten by",
// "Holland's win over Spain"). The winner-swap rule compares the draft's results with the sources'.
import type { NameClaim } from './names';
import type { Token } from './tokens';

export interface Result {
  /** Undefined in a result whose other side is no name: "his victory over Holyfield" (only with `partial`). */
  winner: NameClaim;
  loser: NameClaim;
  /** The first and the last name of the result in the sentence, for its span. */
  start: number;
  end: number;
}

/** Verbs whose subject won and whose object lost: "beat", "defeated", "knocked out". */
const WIN_VERBS = new Set([
  'beat', 'beats', 'beating', 'defeat', 'defeats', 'defeated', 'defeating', 'thrash', 'thrashed', 'thrashes', 'thrashing',
  'edge', 'edged', 'edges', 'overcame', 'overcome', 'overcomes', 'rout', 'routed', 'routs', 'hammer', 'hammered', 'hammers',
  'crush', 'crushed', 'crushes', 'outclass', 'outclassed', 'eliminate', 'eliminated', 'eliminates', 'whitewash',
  'whitewashed', 'overpower', 'overpowered', 'outplay', 'outplayed', 'trounce', 'trounced', 'humble', 'humbled',
]);
/** Participles that, after "was" or "were", make the subject the loser: "Spain were beaten by Holland". */
const PASSIVE_WINS = new Set(['beaten', 'defeated', 'thrashed', 'edged', 'overcome', 'routed', 'hammered', 'crushed', 'outclassed', 'eliminated', 'whitewashed', 'outplayed', 'trounced', 'humbled', 'knocked']);
const BE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got', 'gets']);
/** Verbs whose subject lost to the name after "to", "against" or "by": "lost to", "fell to", "went down to". */
const LOSS_VERBS = new Set(['lost', 'lose', 'loses', 'losing', 'fell', 'falls', 'fall', 'went', 'go', 'goes', 'slipped', 'slumped', 'crashed', 'succumbed']);
const LOSS_PREPOSITIONS = new Set(['to', 'against', 'by']);
/** Nouns of a win and of a defeat: "Holland's win over Spain", "Spain's defeat by Holland". */
const WIN_NOUNS = new Set(['win', 'wins', 'victory', 'victories', 'triumph', 'success', 'thrashing', 'rout', 'demolition', 'drubbing', 'hammering']);
const LOSS_NOUNS = new Set(['defeat', 'defeats', 'loss', 'losses', 'reverse', 'setback', 'humiliation']);
/** Verbs that take a win or a defeat, at most NOUN_GAP words before the noun ("claimed a hard-fought 2-1 win"). */
const TAKE_WIN = new Set(['claimed', 'claim', 'claims', 'earned', 'earn', 'earns', 'secured', 'secure', 'secures', 'recorded', 'record', 'sealed', 'clinched', 'grabbed', 'registered', 'notched', 'booked', 'won', 'win', 'wins', 'celebrated']);
const TAKE_LOSS = new Set(['suffered', 'suffer', 'suffers', 'suffering', 'slumped', 'crashed', 'sank', 'fell', 'slipped', 'went', 'endured', 'endure', 'conceded']);
const NOUN_GAP = 5;
const DETERMINERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'this', 'that', 'first', 'second', 'third', 'heavy', 'narrow', 'surprise', 'shock', 'first-ever', 'record', 'comfortable', 'convincing', 'emphatic', 'famous', 'crushing', 'humiliating']);
/** Words that may stand between the verb and the name it takes: "beat the visitors", "lost 5-1 to", "beat holders". */
/** (And an election's: "beat closest rival Ivan Sokol", "defeated fellow candidate", probe25.) */
const BETWEEN = new Set([
  'the', 'a', 'an', 'their', 'his', 'her', 'its', 'down', 'out', 'home', 'away', 'holders', 'champions', 'defending', 'hosts',
  'visiting', 'rivals', 'neighbours', 'neighbors', 'city', 'local', 'struggling', 'title', 'league', 'leaders',
  'rival', 'closest', 'nearest', 'main', 'fellow', 'candidate', 'challenger', 'opponent', 'incumbent',
]);
/** At most this many words between the subject's name and the verb ("Murray fought back from a set down to beat"). */
const SUBJECT_GAP = 8;
/** Words that end the subject's clause: a name before them is not the subject of the verb after them. */
const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas', 'after', 'before', 'when', 'as', 'since', 'who', 'which', 'that', 'said', 'says', 'than', 'if', 'because', 'although', 'though', 'whom']);

/** Half a result: one side named, the other a pronoun or a phrase ("his victory over Holyfield"). */
export interface PartialResult {
  winner?: NameClaim;
  loser?: NameClaim;
}

/** The results a sentence states; with `partial`, also those with one side unnamed (in `partials`). */
export function resultsOf(tokens: Token[], names: NameClaim[], partials?: PartialResult[]): Result[] {
  if (names.length < (partials ? 1 : 2)) return [];
  const out: Result[] = [];
  const nameAt = new Map<number, NameClaim>();
  for (const n of names) nameAt.set(n.tokenStart, n);
  const nameEndingAt = new Map<number, NameClaim>();
  for (const n of names) nameEndingAt.set(n.tokenEnd, n);
  /** The name the words from k on lead to, over BETWEEN words and figures; undefined past MAX_BETWEEN words. */
  const nameAfter = (k: number): NameClaim | undefined => {
    for (let i = k; i < tokens.length && i < k + 4; i++) {
      const n = nameAt.get(i);
      if (n) return n;
      const t = tokens[i];
      if (!BETWEEN.has(t.norm) && !t.num && t.norm !== '-' && t.norm !== '–') return undefined;
    }
    return undefined;
  };
  /** The subject: the nearest name before token k, with no clause break between. */
  const nameBefore = (k: number): NameClaim | undefined => {
    for (let i = k; i >= 0 && i >= k - SUBJECT_GAP; i--) {
      const n = nameEndingAt.get(i);
      if (n) return n;
      if (i > 0 && CLAUSE_BREAK.has(tokens[i - 1].norm)) return undefined;
    }
    return undefined;
  };
  const add = (winner: NameClaim | undefined, loser: NameClaim | undefined) => {
    if ((winner || loser) && !(winner && loser)) partials?.push({ winner, loser });
    if (!winner || !loser || winner === loser) return;
    out.push({ winner, loser, start: Math.min(winner.start, loser.start), end: Math.max(winner.end, loser.end) });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (nameAt.has(k)) continue;
    const passive = k > 0 && BE.has(tokens[k - 1].norm) && PASSIVE_WINS.has(t.norm);
    if (passive) {
      // "Spain were beaten (5-1) by Holland", "Spain were knocked out by Holland".
      let by = k + 1;
      if (tokens[by]?.norm === 'out') by++;
      while (by < tokens.length && by < k + 5 && tokens[by].norm !== 'by' && (tokens[by].num || tokens[by].norm === '-')) by++;
      if (tokens[by]?.norm === 'by') add(nameAfter(by + 1), nameBefore(k - 1));
      continue;
    }
    // "defeat" and "rout" are nouns after a determiner, a figure or a name ("a 5-1 defeat", "Spain's defeat").
    // Also after an adjective ("a friendly defeat", "their league defeat"): any word but a name, unless possessive.
    const named = nameEndingAt.get(k);
    const asNoun = (WIN_NOUNS.has(t.norm) || LOSS_NOUNS.has(t.norm)) && k > 0 && (named ? /['’]s?$/.test(named.text) : !BE.has(tokens[k - 1].norm) && !tokens[k - 1].cap);
    if (!asNoun && (WIN_VERBS.has(t.norm) || (t.norm === 'knocked' && tokens[k + 1]?.norm === 'out'))) {
      add(nameBefore(k), nameAfter(t.norm === 'knocked' ? k + 2 : k + 1));
      continue;
    }
    if (LOSS_VERBS.has(t.norm)) {
      // "lost (5-1) to Holland", "went down (2-0) to", "fell to": the preposition within a few words.
      let p = k + 1;
      while (p < tokens.length && p < k + 5 && !LOSS_PREPOSITIONS.has(tokens[p].norm) && (tokens[p].num || tokens[p].norm === '-' || tokens[p].norm === 'down' || tokens[p].norm === 'out')) p++;
      if (LOSS_PREPOSITIONS.has(tokens[p]?.norm ?? '')) add(nameAfter(p + 1), nameBefore(k));
      continue;
    }
    const noun = WIN_NOUNS.has(t.norm) ? 1 : LOSS_NOUNS.has(t.norm) ? -1 : 0;
    if (noun) {
      // "Holland's (5-1) win over Spain", "Spain's defeat by Holland": the name right before (a possessive, over
      // figures) and the one after the preposition.
      let b = k - 1;
      while (b >= 0 && (tokens[b].num || tokens[b].norm === '-' || tokens[b].norm === '–' || tokens[b].norm === 'home' || tokens[b].norm === 'away')) b--;
      const prep = tokens[k + 1]?.norm;
      if (!prep) continue;
      let owner = b >= 0 ? nameEndingAt.get(b + 1) : undefined;
      if (!owner) {
        // "Spain suffered a 5-1 defeat by Holland", "Holland claimed a 5-1 win over Spain": the subject of the verb
        // that takes the noun, a few words before it.
        for (let v = b; v >= 0 && v >= b - NOUN_GAP; v--) {
          if (nameAt.has(v) || CLAUSE_BREAK.has(tokens[v].norm)) break;
          if ((noun === 1 ? TAKE_WIN : TAKE_LOSS).has(tokens[v].norm)) {
            owner = nameBefore(v);
            break;
          }
        }
      }
      if (noun === 1 && (prep === 'over' || prep === 'against')) add(owner, nameAfter(k + 2));
      if (noun === -1 && (prep === 'to' || prep === 'by' || prep === 'against')) add(nameAfter(k + 2), owner);
    }
  }
  return out;
}

/** A quick test on a text for a word resultsOf reads (so the words and names of sentences without one are never made). */
export function mayStateResult(text: string): boolean {
  RESULT_WORDS ??= new RegExp(`\\b(?:${[...WIN_VERBS, ...PASSIVE_WINS, ...LOSS_VERBS, ...WIN_NOUNS, ...LOSS_NOUNS].join('|')})\\b`, 'i');
  return RESULT_WORDS.test(text);
}
let RESULT_WORDS: RegExp | undefined;
