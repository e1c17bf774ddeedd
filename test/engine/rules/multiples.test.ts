// Multiples and fractions a draft states (probe23, "Misses" group 2, on dev articles, reworded): "a quarter" in
// place of the source's "a fifth", "by about a third" for "by about a fifth". A faithful draft gains no flag.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { analyseSentence } from '../../../server/src/engine/claims';

/** The error and warning findings of `draft` against one source, as "rule:actual→expected". */
function flags(source: string, draft: string): string[] {
  const index = indexSources([{ path: 'source.txt', text: source, kind: 'plaintext' }]);
  return checkDraft(draft, index, { kind: 'markdown' }).findings
    .filter(f => f.severity === 'error' || f.severity === 'warning')
    .map(f => `${f.rule}:${f.actual}→${f.expected}`);
}

/** [text, value, unit] of each quantity of a sentence, as the engine reads them. */
function numbers(text: string): Array<[string, number, string | undefined]> {
  return analyseSentence({ text, start: 0, end: text.length, block: 'line' }).numbers.map(n => [n.text, n.value, n.unit?.unit]);
}

describe('multiples and fractions', () => {
  describe('a share written with "a"', () => {
    // probe23 p23-034c (a dev article on students): "more than a fifth of students" changed to "a quarter".
    const source = 'A poll of 2,000 undergraduates found a fifth of students had considered dropping out.';

    it('flags "a quarter" in place of the source\'s "a fifth"', () => {
      assert.deepEqual(flags(source, 'A poll of 2,000 undergraduates found a quarter of students had considered dropping out.'),
        ['number-mismatch:a quarter→a fifth']);
      assert.deepEqual(flags(source, 'A poll of 2,000 undergraduates found a fifth of students had considered dropping out.'), []);
      assert.deepEqual(flags(source, 'A poll of 2,000 undergraduates found one in five students had considered dropping out.'), []);
    });

    it('reads "a fifth of" as a share only, not also as a fifth place', () => {
      assert.deepEqual(numbers('A poll found a fifth of students had considered it.'), [['a fifth', 20, '%']]);
      assert.deepEqual(numbers('She won a fifth title in 2019.').map(n => n[1]), [5]);
    });

    it('reads a share after "by" and a hedge, and flags it changed at the end of the sentence', () => {
      // probe23 p23-y02 (a dev article on Army cuts): "shrinking by about a fifth" changed to "a third".
      const army = 'The regular Army is being cut from 102,000 to 82,000, shrinking it by about a fifth.';
      assert.deepEqual(flags(army, 'The regular Army is being cut from 102,000 to 82,000, shrinking it by about a third.'),
        ['number-mismatch:a third→a fifth']);
      assert.deepEqual(flags(army, army), []);
      assert.deepEqual(numbers('shrinking it by about a fifth').map(n => n[1]), [20]);
    });
  });

  describe('multiples written as words', () => {
    // probe23 p23-002c (a dev article on private eye surgery): "treble what it costs" changed to "double".
    const source = 'Private clinics charge up to £2,700 for one eye – treble what the operation costs the health service.';

    it('flags "double" in place of the source\'s "treble", and not "three times" for it', () => {
      assert.deepEqual(flags(source, 'Private clinics charge up to £2,700 for one eye – double what the operation costs the health service.'),
        ['number-mismatch:double→treble']);
      assert.deepEqual(flags(source, 'Private clinics charge up to £2,700 for one eye – three times what the operation costs the health service.'), []);
      assert.deepEqual(flags(source, source), []);
    });

    it('flags "three times as likely" in place of "twice as likely"', () => {
      // probe23 p23-y01 (a dev article on a Ukip poll), reworded.
      const poll = 'Men called Nigel are twice as likely to back Ukip, the survey found.';
      assert.deepEqual(flags(poll, 'Men called Nigel are three times as likely to back Ukip, the survey found.'), ['number-mismatch:three times→twice']);
      assert.deepEqual(flags(poll, poll), []);
    });

    it('reads a multiple only where it compares two amounts', () => {
      assert.deepEqual(numbers('Clinics charge treble what it costs.'), [['treble', 3, 'times']]);
      assert.deepEqual(numbers('It is nearly three times more than in 2010.'), [['three times', 3, 'times']]);
      assert.deepEqual(numbers('Voters are twice as likely to switch.'), [['twice', 2, 'times']]);
      for (const text of ['He has won the title twice.', 'They rode a double-decker bus.', 'The double act split.', 'He scored a double.', 'The firm plans to double the fund.', 'It happens three times a week.']) {
        assert.deepEqual(numbers(text).filter(n => n[2] === 'times'), [], text);
      }
    });
  });

  describe('a multiple no source states, nor works out', () => {
    // probe23 p23-y01 (a dev article on a Ukip poll): "almost doubled (16% → 31%)" changed to "more than tripled".
    const poll = 'Men named Nigel are twice as likely to vote Ukip. Support rose from 16 to 31 per cent among men named Nigel, the poll found.';

    it('checks a multiple against the sentence\'s own "from X to Y", with its hedge', () => {
      assert.deepEqual(flags(poll, 'Ukip support more than tripled among men called Nigel, from 16% to 31%, the poll found.'), ['unsupported-number:tripled→undefined']);
      // 31/16 is 1.94: "almost doubled" is right, "more than doubled" is not.
      assert.deepEqual(flags(poll, 'Ukip support almost doubled among men called Nigel, from 16% to 31%, the poll found.'), []);
      assert.deepEqual(flags(poll, 'Ukip support more than doubled among men called Nigel, from 16% to 31%, the poll found.'), ['unsupported-number:doubled→undefined']);
    });

    it('checks a multiple against the draft\'s own two figures before the sources\' others (probe25 p25-y10, reworded)', () => {
      const tags = 'The hashtag was used 240,000 times, against 30,000 for her rival. The debate drew 400,000 viewers.';
      // 240,000 / 30,000 is 8; the 400,000 viewers are another thing.
      assert.deepEqual(flags(tags, 'The hashtag was used 240,000 times, more than ten times as often as her rival\'s 30,000.'), ['unsupported-number:ten times→undefined']);
      assert.deepEqual(flags(tags, 'The hashtag was used 240,000 times, eight times as often as her rival\'s 30,000.'), []);
    });

    it('flags "almost double" where the source says "nearly three times", and takes a multiple in any form', () => {
      // probe23 p23-y03 (a dev article on box office takings).
      const box = 'Box office revenue jumped 36% last year to $4.9bn, which is nearly three times more than it was in 2010.';
      assert.deepEqual(flags(box, 'Box office revenue was up 36% at $4.9bn last year, almost double the 2010 level.'), ['unsupported-number:double→undefined']);
      assert.deepEqual(flags(box, 'Box office revenue was up 36% at $4.9bn last year, almost triple the 2010 level.'), []);
      assert.deepEqual(flags('Sales doubled last year to 4,000 units.', 'Sales were twice as high as the year before, at 4,000 units.'), []);
      assert.deepEqual(flags('Sales rose from 2,000 to 4,100 units last year.', 'Sales doubled last year, from 2,000 to 4,100 units.'), []);
    });

    it('leaves goals alone: "scored twice as", "doubled the lead"', () => {
      // xsumfaith-38097669 (dev): "scored twice as Scotland came from behind" is two goals.
      assert.deepEqual(flags('Laidlaw kicked two penalties as Scotland came from behind to win.', 'Laidlaw scored twice as Scotland came from behind to win.'), []);
      assert.deepEqual(flags('Smith made it 2-0 after the break.', 'Smith doubled the lead after the break.'), []);
    });
  
    it('works a multiple out from figures the draft and the sources give', () => {
      // probe16 p16-183 (frank-cnndm-3e89db8d…): "$34.95, more than 11 times" the $3 another sentence gives.
      const doll = 'The doll will be sold for the original 1959 price of $3. After the offer it will cost $34.95.';
      assert.deepEqual(flags(doll, 'After the offer it will cost $34.95, more than 11 times the 1959 price.'), []);
      // probe17 p17-010: each multiple takes the "from X to Y" right after it, not the sentence's first one.
      const growth = 'The population grew from 39.5 million in 1984 to 96.5 million in 2014. GDP per head rose from $205 to $568.';
      assert.deepEqual(flags(growth, 'The population more than doubled, from 39.5 million to 96.5 million, while GDP per head nearly tripled, from $205 to $568.'), []);
      // probe17 p17-026: "from 51% to 33% and … around 16% — roughly halving again" halves the 33%.
      const rate = 'His success rate has fallen from 51% to 33% and will probably be around 16% this year.';
      assert.deepEqual(flags(rate, 'His success rate has fallen from 51% to 33% and will probably be around 16% this year, roughly halving again.'), []);
    });
  });

  describe('ratings written with a slash', () => {
    // probe23 p23-043c (a dev article on sun creams): a spray rated "6/10" changed to "8/10".
    it('reads "6/10" as a rating and flags another', () => {
      const panel = 'The Ladival spray scored 6/10 from the panel.';
      assert.deepEqual(flags(panel, 'The Ladival spray scored 8/10 from the panel.'), ['number-mismatch:8/10→6/10']);
      assert.deepEqual(flags(panel, panel), []);
      assert.deepEqual(numbers('Critics rated it 4/5.'), [['4/5', 4, '/5']]);
    });

    it('leaves dates, "24/7", "9/11" and "3/10 of" alone', () => {
      for (const text of ['The meeting is on 6/10.', 'It opened on 6/10/2015.', 'The shop is open 24/7.', 'After the 9/11 attacks.', 'It took 3/10 of a second.']) {
        assert.deepEqual(numbers(text).filter(n => n[2]?.startsWith('/')), [], text);
      }
    });
  });

  describe('a share of change against its own figures', () => {
    // probe23 p23-y02 (a dev article on Army cuts): "shrinking by about a fifth" (102,000 to 82,000) changed to "a third".
    const army = "The size of the UK's regular Army is being reduced from 102,000 to 82,000.";

    it('flags "by about a third, from 102,000 to 82,000" (a fall of 19.6%), not "by about a fifth"', () => {
      assert.deepEqual(flags(army, 'The regular Army is shrinking by about a third, from 102,000 to 82,000 soldiers.'), ['unsupported-number:a third→undefined']);
      assert.deepEqual(flags(army, 'The regular Army is shrinking by about a fifth, from 102,000 to 82,000 soldiers.'), []);
      assert.deepEqual(flags(army, 'The regular Army is shrinking by a fifth, from 102,000 to 82,000 soldiers.'), []);
    });
  });

  describe('a share against its own count', () => {
    // probe25 p25-y05 (a dev article on a regional election, reworded): 19 of 28 is 68%.
    const posts = 'The Unity party won 19 of the 28 regional posts, its best result since 1990.';

    it('flags "more than three-quarters …, 19 out of 28", not "more than two-thirds" or "about two-thirds (19 of the 28)"', () => {
      assert.deepEqual(flags(posts, 'Unity won more than three-quarters of the regional posts, 19 out of 28.'), ['unsupported-number:three-quarters→undefined']);
      assert.deepEqual(flags(posts, 'Unity won more than two-thirds of the regional posts, 19 out of 28.'), []);
      assert.deepEqual(flags(posts, 'Unity won about two-thirds of the regional posts (19 of the 28).'), []);
    });

    it('takes no figure of the share itself for the count: "more than one in ten of the 105 people" (probe18 p18-086)', () => {
      assert.deepEqual(flags('A dozen passengers were thrown overboard. There were 105 people on board.', 'A dozen passengers were thrown overboard, more than one in ten of the 105 people on board.'), []);
    });
  });
});
