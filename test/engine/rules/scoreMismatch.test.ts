// number-mismatch for scores (rules/scoreMismatch.ts): "12-5" is one claim. Passages written for this test after
// session 8 probes, where a changed score passed because each of its figures stood somewhere in the article.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { scoresOf } from '../../../server/src/engine/scores';
import { analyseSentence } from '../../../server/src/engine/claims';

const SOURCE = [
  "O'Sullivan established a 12-4 lead over Stevens on Sunday.",
  'Armed with a 5-3 lead from the opening session, he took the opening two frames to pull further in front.',
  'Bayern beat Hoffenheim 2-0 on Saturday, while Leverkusen won 3-1 at Mainz.',
  'Lazio reached the final with a 1-0 win over Napoli, which sealed a 2-1 triumph on aggregate.',
  'Between 10 and 12 people were hurt during the 2019-20 season.',
].join(' ');
const index = indexSources([{ path: 'source.txt', text: SOURCE }]);

function numberFlags(draft: string): Array<[string, string | undefined]> {
  return checkDraft(draft, index, { kind: 'plaintext' })
    .findings.filter(f => f.rule === 'number-mismatch' || f.rule === 'unsupported-number')
    .map(f => [f.actual, f.expected]);
}

describe('rule number-mismatch: scores', () => {
  it('reads two whole figures joined by a dash as a score, not a year span or a range of things counted', () => {
    const scores = (text: string) => scoresOf(text, 0, analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).numbers).map(([a, b]) => `${a.text}-${b.text}`);
    assert.deepEqual(scores('Bayern won 2-0, a 3–1 aggregate win.'), ['2-0', '3-1']);
    assert.deepEqual(scores('10-12 people were hurt in the 2019-20 season.'), []);
  });

  it('flags a score no source gives, whole, with the evidence\'s score', () => {
    assert.deepEqual(numberFlags("O'Sullivan led Stevens 12-5 on Sunday."), [['12-5', '12-4']]);
    assert.deepEqual(numberFlags('Bayern beat Hoffenheim 3-0 on Saturday.'), [['3-0', undefined]]); // the evidence also has Leverkusen's 3-1
    // Two scores in the evidence: both are named, no single fix.
    assert.deepEqual(numberFlags('Lazio beat Napoli 4-0 to reach the final.'), [['4-0', undefined]]);
  });

  it('leaves a score the sources give, either way round, or one worked out from them', () => {
    assert.deepEqual(numberFlags("O'Sullivan led Stevens 12-4 on Sunday."), []);
    assert.deepEqual(numberFlags('Hoffenheim lost 0-2 to Bayern on Saturday.'), []);
    assert.deepEqual(numberFlags("O'Sullivan extended his 5-3 lead to 7-3 by taking the opening two frames."), []);
    assert.deepEqual(numberFlags('Between 10 and 12 people were hurt in 2019-20.'), []);
  });

  it('probe22 (a tennis report, reworded): a set score changed, where a sentence naming both players reads closer than the scoreline', () => {
    const index = indexSources([{ path: 's.txt', text: 'Moreau secured a 4-6 6-4 7-6 (7-3) 6-2 victory over the Belgian. Girard said Moreau beat him fairly. Moreau thanked Girard and the crowd. Moreau has not lost to Girard in five years.\n' }]);
    const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
    assert.deepEqual(flags('Moreau beat Girard 4–6 6–4 7–6 (7–5) 6–2.'), [['number-mismatch', '7–5']]);
    assert.deepEqual(flags('Moreau beat Girard 4–6 6–4 7–5 6–2.'), [['number-mismatch', '7–5']]);
    assert.deepEqual(flags('Moreau beat Girard 4–6 6–4 7–6 (7–3) 6–2.'), []);
  });

  it('works out no score with a count in a compound adjective: "88-65" is no "88-61" and a "four-team tournament" (probe21 p21-019c, frank-bbc-40965536)', () => {
    const lyon = indexSources([{ path: 'source.txt', text: "The two sides met in Lyon earlier this month, with title favourites France running out winners, 88-61. After they play France, coach Ian Bell's side travel to a four-team tournament in Spain." }]);
    const flags = (draft: string) => checkDraft(draft, lyon, { kind: 'plaintext' }).findings.filter(f => f.rule === 'number-mismatch').map(f => [f.actual, f.expected]);
    assert.deepEqual(flags('France won 88-65 in Lyon.'), [['88-65', '88-61']]);
    assert.deepEqual(flags('France won 88-61 in Lyon.'), []);
  });

  it('reads a score as live commentary writes it, "Belgium 0, Italy 2" (probe14, a frank-bbc match report)', () => {
    const commentary = indexSources([{ path: 'source.txt', text: 'Ireland and Sweden drew 1-1 in the Group E opener earlier on Monday. Match ends, Belgium 0, Italy 2.' }]);
    const flags = (draft: string) => checkDraft(draft, commentary, { kind: 'plaintext' }).findings.filter(f => f.rule === 'number-mismatch').map(f => [f.actual, f.expected]);
    assert.deepEqual(flags('Italy beat Belgium 2-0 in their Group E opener.'), []);
    assert.deepEqual(flags('Italy beat Belgium 3-0 in their Group E opener.'), [['3-0', '1-1']]);
  });
});
