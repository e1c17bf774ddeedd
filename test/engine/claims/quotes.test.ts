// Quotations: words between curly or straight double quotes, tokenised ``…'' quotes, and curly or straight single
// quotes (not apostrophes), split at ellipses into parts; and finding a quote's words as a run in a source's word
// stream.
import { strict as assert } from 'node:assert';
import { extractQuotes, findRun, quoteWords } from '../../../server/src/engine/quotes';

function brief(text: string, base = 0): Array<[string, number, string[][]]> {
  return extractQuotes(text, base).map(q => {
    assert.equal(text.slice(q.start - base, q.end - base), q.text, 'the span covers the quoted words, without the marks');
    return [q.text, q.start, q.parts];
  });
}

/** A word stream and its positions, as the source index builds them. */
function stream(text: string): { words: string[]; positions: Map<string, number[]> } {
  const words = quoteWords(text);
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i]));
  return { words, positions };
}

// Seed article (sample/article.txt), first two sentences.
const SEED_OPENING =
  'North Korean leader Kim Jong Un has promised Russian President Vladimir Putin that his country will give the Ukrainian war its “full and unconditional support” in order to protect its security interests. ' +
  'The conflict in Ukraine is the “sacred fight” that Russia is fighting to protect its security interests.';

describe('claims: quotes', () => {
  describe('extraction', () => {
    it('reads straight single quotes as British papers write them, never an apostrophe (a session 8 probe)', () => {
      const s = "Ron Smith told the Dispatch: 'I was shocked when I saw that police report.' The players' union said it was 'deeply disappointed' by the 'wrong' call, and it's 'not over yet'.";
      assert.deepEqual(brief(s).map(q => q[0]), ['I was shocked when I saw that police report', 'not over yet']);
      // Contractions split off in tokenised text are no quotation marks.
      assert.deepEqual(brief("the uk 's economy grew , the ons 's figures show ."), []);
      assert.deepEqual(brief("he said 'we are n't going anywhere' on friday ."), [["we are n't going anywhere", 9, [['we', "aren't", 'going', 'anywhere']]]]);
    });

    it('reads in a draft sentence a quotation it opens or closes alone, one of several sentences (probe19)', () => {
      const open = (text: string) => extractQuotes(text, 0, true).map(q => [q.text, q.start]);
      assert.deepEqual(open('Dorn said: "He\'s lost a little weight.'), [["He's lost a little weight", 12]]);
      assert.deepEqual(open('He\'s not in good health," Dorn said.'), [["He's not in good health", 0]]);
      assert.deepEqual(open('Dorn said: “He\'s lost a little weight.'), [["He's lost a little weight", 12]]);
      assert.deepEqual(open('He\'s not in good health,” Dorn said.'), [["He's not in good health", 0]]);
      // Not an inch mark, nor fewer than three words, nor (in a source sentence) a mark alone at all.
      assert.deepEqual(open('They laid a 6" pipe under the road.'), []);
      assert.deepEqual(open('He said "no.'), []);
      assert.deepEqual(extractQuotes('Dorn said: "He\'s lost a little weight.', 0), []);
    });

    it("reads tokenised ``…'' quotes, without the -lrb- brackets in their words", () => {
      assert.deepEqual(brief("`` he 's got a very strong constitution -lrb- and is strong -rrb- , '' he says ."), [
        ["he 's got a very strong constitution -lrb- and is strong -rrb-", 3, [['he', 'got', 'a', 'very', 'strong', 'constitution', 'and', 'is', 'strong']]],
      ]);
    });

    it('reads curly and straight double quotes, trimming the punctuation inside the marks', () => {
      const s = 'Kim also stated that North Korea’s relations with Russia are “the priority.” The conference was "a success", he said.';
      assert.deepEqual(brief(s), [
        ['the priority', 62, [['the', 'priority']]],
        ['a success', 97, [['a', 'success']]],
      ]);
    });

    it('reads curly single quotes, but not the apostrophes of "didn’t" and "leaders’"', () => {
      const s = 'He said he didn’t expect the ‘sacred fight’ to end, and the leaders’ talks went on.';
      assert.deepEqual(brief(s), [['sacred fight', 30, [['sacred', 'fight']]]]);
    });

    it('keeps an apostrophe inside a single-quoted quotation', () => {
      const s = 'He said: ‘we don’t want war’ and left.';
      assert.deepEqual(brief(s), [['we don’t want war', 10, [['we', "don't", 'want', 'war']]]]);
    });

    it('splits a quotation at an ellipsis ("…", "...", "[...]") into parts (summedits-news-…fb8c_og quote)', () => {
      const s = 'Lordstown will recall pickups to address a "specific electrical connection issue … loss of propulsion while driving."';
      assert.deepEqual(brief(s), [[
        'specific electrical connection issue … loss of propulsion while driving',
        44,
        [['specific', 'electrical', 'connection', 'issue'], ['loss', 'of', 'propulsion', 'while', 'driving']],
      ]]);
      assert.deepEqual(brief('Kim pledged “full [...] support” and “unconditional ... support”.').map(q => q[2]), [[['full'], ['support']], [['unconditional'], ['support']]]);
    });

    it('ignores empty quotation marks and offsets spans by the sentence start', () => {
      assert.deepEqual(brief('He called it a “ ”.'), []);
      assert.deepEqual(brief('The conflict in Ukraine is the “sacred fight”.', 200), [['sacred fight', 232, [['sacred', 'fight']]]]);
    });
  });

  describe('quoteWords / findRun', () => {
    const { words, positions } = stream(SEED_OPENING);

    it('normalises words as quotes compare them: lower case, straight apostrophes, no possessive', () => {
      assert.deepEqual(quoteWords('North Korea’s “Sacred Fight”, he didn’t say'), ['north', 'korea', 'sacred', 'fight', 'he', "didn't", 'say']);
    });

    it('finds a quote\'s words as a contiguous run, at its position in the stream', () => {
      const at = findRun(words, positions, ['full', 'and', 'unconditional', 'support']);
      assert.equal(at, words.indexOf('full'));
      assert.deepEqual(words.slice(at, at + 4), ['full', 'and', 'unconditional', 'support']);
      assert.equal(findRun(words, positions, ['sacred', 'fight']), words.indexOf('sacred'));
      // A word that occurs twice: the run starts at the occurrence the rest of the words follow.
      assert.equal(findRun(words, positions, ['its', 'security', 'interests']), words.indexOf('protect') + 1);
    });

    it('does not find reordered, changed or absent words', () => {
      assert.equal(findRun(words, positions, ['unconditional', 'and', 'full', 'support']), -1);
      assert.equal(findRun(words, positions, ['holy', 'war']), -1);
      assert.equal(findRun(words, positions, ['full', 'support']), -1, 'words that are in the stream but not next to each other');
      assert.equal(findRun(words, positions, []), -1);
    });
  });
});
