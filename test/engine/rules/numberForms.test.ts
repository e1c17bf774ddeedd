// How figures are written (probe21, probe22 on dev articles, reworded): short years ("’84", "2014–16"). A faithful
// draft gains no flag from the form; a changed figure in that form is still caught.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { extractDates } from '../../../server/src/engine/dates';
import { extractNumbers } from '../../../server/src/engine/numbers';
import { tokenize } from '../../../server/src/engine/tokens';

/** The error and warning findings of `draft` against one source, as "rule:actual". */
function flags(source: string, draft: string): string[] {
  const index = indexSources([{ path: 'source.txt', text: source, kind: 'plaintext' }]);
  return checkDraft(draft, index, { kind: 'markdown' }).findings
    .filter(f => f.severity === 'error' || f.severity === 'warning')
    .map(f => `${f.rule}:${f.actual}`);
}

/** [text, value, unit] of each quantity of a sentence. */
function numbers(text: string): Array<[string, number, string | undefined]> {
  return extractNumbers(text, 0, tokenize(text, 0)).map(n => [n.text, n.value, n.unit?.unit]);
}

describe('number forms', () => {
  describe('years written short', () => {
    // probe22 p22-015b, frank-bbc-36738377: "won the junior title in ’61" for the source's "in 1961".
    const source = 'Ms Kerr won the county junior title in 1961. She retired six years later.';

    it('reads "in ’61" and "in \'61" as 1961, and a changed one as another year', () => {
      assert.deepEqual(flags(source, 'Ms Kerr won the county junior title in ’61.'), []);
      assert.deepEqual(flags(source, "Ms Kerr won the county junior title in '61."), []);
      assert.deepEqual(flags(source, 'Ms Kerr won the county junior title in ’63.'), ['date-mismatch:’63']);
      assert.deepEqual(extractDates('the 2008 final and the ’05 one', 0).map(d => d.year), [2008, 2005]);
    });

    it('leaves a figure after an opening quotation mark a figure: "\'30 dead\' in attack"', () => {
      assert.deepEqual(extractDates("'30 dead' in attack, police say", 0), []);
      assert.deepEqual(numbers("'30 dead' in attack, police say"), [['30', 30, undefined]]);
    });

    // probe22 p22-016a, frank-bbc-36437817: "at St. Ives from 2010–12" for "between 2010 and 2012".
    it('reads the end of a span "2010–12", "2010-12" as 2012, not a count of 12', () => {
      const spell = 'Mr Dale was the curate at St Ives between 2010 and 2012 before moving to Truro.';
      assert.deepEqual(flags(spell, 'Mr Dale was the curate at St Ives from 2010–12.'), []);
      assert.deepEqual(flags(spell, 'Mr Dale was the curate at St Ives from 2010-12.'), []);
      assert.deepEqual(flags(spell, 'Mr Dale was the curate at St Ives from 2010-13.'), ['date-mismatch:13']);
      // Tokenised text (a cliff xsum article): "in 2010 - 11".
      assert.deepEqual(extractDates('he played for derby on loan in 2010 - 11 .', 0).map(d => d.year), [2010, 2011]);
    });

    // xsumfaith-40265040, frank-bbc-27838706 (dev flags): a season is no pair of years a contract's length is worked
    // out from.
    it('works out no "one-year deal" from a season "2015-16"', () => {
      const season = 'He made 144 appearances for the club before spending the 2015-16 season with Gateshead.';
      assert.deepEqual(flags(season, 'He signed a one-year deal with Gateshead.'), ['unsupported-number:one-year']);
    });
  });
});
