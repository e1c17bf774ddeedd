// Shares written as fractions, read as percentages: they support a draft's percentage; a draft's own fraction is not
// checked.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { analyseSentence } from '../../../server/src/engine/claims';

function shares(text: string): Array<[string, number, string | undefined]> {
  return analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).numbers.filter(n => n.fraction).map(n => [n.text, n.value, n.hedge]);
}

function flags(source: string, draft: string): string[] {
  const index = indexSources([{ path: 's.txt', text: source }]);
  return checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} ${f.actual}`);
}

describe('claims: fractions', () => {
  it('reads halves, thirds, quarters, "N in M" and "N out of M" as percentages', () => {
    assert.deepEqual(shares('Half of the voters backed the plan.'), [['Half', 50, undefined]]);
    assert.deepEqual(shares('Two-thirds of the staff were laid off.'), [['Two-thirds', 66.667, 'about']]);
    assert.deepEqual(shares('A quarter of homes and three quarters of offices lost power.'), [['A quarter', 25, undefined], ['three quarters', 75, undefined]]);
    assert.deepEqual(shares('The drug cut deaths by a third.'), [['a third', 33.333, 'about']]);
    assert.deepEqual(shares('Nine in ten doctors agreed, and 3 out of 5 nurses.'), [['Nine in ten', 90, undefined], ['3 out of 5', 60, undefined]]);
  });

  it('leaves halves of matches and hours, ordinals, and "N in <year>" alone', () => {
    assert.deepEqual(shares('He scored in the first half and waited half an hour for half a million fans.'), []);
    assert.deepEqual(shares('She won a third term in office.'), []);
    assert.deepEqual(shares('Two in 2019 and three in 2020 were arrested.'), []);
  });

  it('a draft percentage is stated by the source\'s fraction, and a wrong one is still caught', () => {
    assert.deepEqual(flags('Half of the voters backed the plan.', 'Fifty percent of the voters backed the plan.'), []);
    assert.deepEqual(flags('Two-thirds of the staff were laid off.', 'About 67% of the staff were laid off.'), []);
    assert.deepEqual(flags('Nine in ten doctors agreed with the advice.', '90% of doctors agreed with the advice.'), []);
    assert.deepEqual(flags('Two-thirds of the staff were laid off.', 'Some 40% of the staff were laid off.'), ['number-mismatch 40%']);
  });

  it('"a quarter-point" rise states 0.25 percentage points, "a half-point cut" 0.5', () => {
    assert.deepEqual(flags('The Fed raised its key rate by a quarter-point on Wednesday.', 'The Fed raised rates by 0.25 percentage points on Wednesday.'), []);
    assert.deepEqual(flags('The bank made a half-point cut to its main rate.', 'The bank cut its main rate by 0.5 points.'), []);
    assert.deepEqual(flags('The Fed raised its key rate by a quarter-point on Wednesday.', 'The Fed raised rates by 0.75 percentage points on Wednesday.'), ['unsupported-number 0.75']);
  });

  it('a draft\'s own fraction is not checked', () => {
    assert.deepEqual(flags('About 48% of the voters backed the plan.', 'Half of the voters backed the plan.'), []);
  });
});
