// Codes: identifiers written with letters and digits, read as names; figures with units, times and decades are not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { analyseSentence } from '../../../server/src/engine/claims';
import { codePattern } from '../../../server/src/engine/codes';

function codes(text: string): string[] {
  return analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).names.filter(n => n.code).map(n => n.text);
}

describe('claims: codes', () => {
  it('reads identifiers with a letter first and a digit later, in cased and lower-cased text', () => {
    assert.deepEqual(codes('Sales of the SARS-CoV-2 vaccine fell, and flight MH370 was never found.'), ['SARS-CoV-2', 'MH370']);
    assert.deepEqual(codes('the crash closed the m1 for five hours and delayed the twenty20 match .'), ['m1', 'twenty20']);
  });

  it('leaves figures, times, decades, ordinals and parts of years alone: "3.5m", "10am", "the 1980s", "mid-1990s", "3D", "21st", "Q2", "FY2023"', () => {
    assert.deepEqual(codes('It cost £3.5m at 10am in the 1980s, a mid-1990s 3D film, her 21st birthday.'), []);
    assert.deepEqual(codes('Profits rose in Q2 and H1 of FY2023.'), []);
  });

  it('keeps codes in the names, in order, next to the other names', () => {
    const text = 'Pfizer sells the SARS-CoV-2 vaccine with BioNTech.';
    const names = analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).names;
    assert.deepEqual(names.map(n => [n.text, !!n.code]), [['Pfizer', false], ['SARS-CoV-2', true], ['BioNTech', false]]);
  });

  it('matches a code however its hyphens and spaces fall, but not inside another code', () => {
    assert.ok(codePattern('top-10').test('a top 10 finish'));
    assert.ok(codePattern('SARS-CoV-2').test('sars cov-2'));
    assert.ok(!codePattern('M1').test('the M11 motorway'));
    assert.ok(!codePattern('A5').test('the A55'));
    assert.ok(!codePattern('SARS-CoV-2').test('SARS-CoV-4'));
    assert.ok(codePattern('Under-21').test('the England Under-21s'));
  });

  it('a word and a figure ("top-10") is stated where the sources give the word and the figure', () => {
    const index = indexSources([{ path: 's.txt', text: 'The song reached the top 10 in May.' }]);
    const flagged = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
    assert.deepEqual(flagged('It was a top-10 song.'), []);
    assert.deepEqual(flagged('It was a top-20 song.'), ['top-20']);
  });

  it('a figure joined to the word it measures ("magnitude-7.8") is a quantity, checked as one (probe14)', () => {
    const index = indexSources([{ path: 's.txt', text: 'The earthquake had a magnitude of 7.8.' }]);
    const flagged = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} ${f.actual}`);
    assert.deepEqual(flagged('The magnitude-7.8 earthquake struck.'), []);
    assert.deepEqual(flagged('The magnitude-7.2 earthquake struck.'), ['unsupported-number 7.2']);
  });
});
