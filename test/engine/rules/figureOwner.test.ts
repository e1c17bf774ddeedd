// number-mismatch for a figure given to the wrong party (rules/figureOwner.ts, figureOwners.ts). Passages written
// for this test after session 8 probes on frank-cnndm-abd69dcc… ("United was second with 5.6 million award seats"
// where the source gives those to Delta), where the figure stood in the article and so passed the number checks.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';

function check(source: string, draft: string): Array<[string, string, string]> {
  const index = indexSources([{ path: 's.txt', text: source }]);
  return checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected ?? '']);
}

const AIRLINES = 'Delta Air Lines came in second place with 5.6 million award seats; United Airlines ranked third with 5 million.';
const GAME = 'Smith scored 20 points for the Lakers, while Jones added 15.';

describe('rule number-mismatch: a figure of another party', () => {
  it('flags the figure the sources give to another name side by side, with the draft name\'s own figure as the fix', () => {
    assert.deepEqual(check(AIRLINES, 'United was second with 5.6 million award seats.'), [
      ['number-mismatch', 'second', 'third'],
      ['number-mismatch', '5.6 million', '5 million'],
    ]);
    const [f] = checkDraft('Jones scored 20 points.', indexSources([{ path: 's.txt', text: GAME }]), { kind: 'plaintext' }).findings;
    assert.equal(f.message, '"20" here for Jones; the source gives Jones "15", and "20" to Smith.');
  });

  it('leaves each party with its own figure, and a figure whose owner the sentence does not name', () => {
    assert.deepEqual(check(AIRLINES, 'Delta was second with 5.6 million award seats.'), []);
    assert.deepEqual(check(AIRLINES, 'United had 5 million seats, Delta 5.6 million.'), []);
    assert.deepEqual(check(GAME, 'The Lakers got 20 points from Smith.'), []);
    // Two sentences apart, the figures of two names are no pair (Kabul's 80 of 2016 and the Taliban's 16).
    assert.deepEqual(check('In 2016 a bomb in Kabul killed 80 people. Officials praised the police. The Taliban killed 16 people last week.', 'In 2016 the Taliban bombed Kabul, killing 80 people.'), []);
  });
});
