// Ages tied to people: the appositive and attributive forms that say whose age a number is, and the sentences where
// a number and a name merely meet.
import { strict as assert } from 'node:assert';
import { agesOfPeople } from '../../../server/src/engine/ages';
import { analyseSentence } from '../../../server/src/engine/claims';

function ages(text: string): Array<[string, number, string]> {
  const s = analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' });
  return agesOfPeople(s).map(a => [a.person.text, a.value, a.claim.text]);
}

describe('claims: ages of people', () => {
  it('reads an appositive age after a name, in cased and lower-cased text', () => {
    assert.deepEqual(ages('Enoch Gaver, 21, was killed in the fight and suspect David Gaver, 28, was shot.'), [
      ['Enoch Gaver', 21, '21'],
      ['David Gaver', 28, '28'],
    ]);
    assert.deepEqual(ages('enoch gaver , 28 , was shot in the stomach and taken into custody .'), [['enoch gaver', 28, '28']]);
    assert.deepEqual(ages('Officers were called to an argument between Howell and Tramond Peet, 18.'), [['Tramond Peet', 18, '18']]);
    assert.deepEqual(ages('Star-crossed lovers: Jamie Silvonek (left), 14, and her boyfriend were charged.'), [['Jamie Silvonek', 14, '14']]);
    assert.deepEqual(ages('The victim, Mary Smith, aged 45, died at the scene.').map(a => a.slice(0, 2)), [['Mary Smith', 45]]);
    // "then 59", "now 27", "(Age 52)" (probe13, from a frank-bbc and a cliff-cnndm article).
    assert.deepEqual(ages('Mr Holloway said the Queen, then 64, and Princess Margaret, then 59, wanted to sing.').map(a => a.slice(0, 2)), [['Margaret', 59]]);
    assert.deepEqual(ages('Chernova, now 27, beat Ennis-Hill to gold.').map(a => a.slice(0, 2)), [['Chernova', 27]]);
    assert.deepEqual(ages('Alec Stewart (Age 52) is director of cricket at Surrey.').map(a => a.slice(0, 2)), [['Alec Stewart', 52]]);
  });

  it('reads an age before a name: "the 25-year-old striker Harry Kane", "his 13-year-old brother, identified as …"', () => {
    assert.deepEqual(ages('The 25-year-old striker Harry Kane scored twice.'), [['Harry Kane', 25, '25-year-old']]);
    assert.deepEqual(ages('His 13-year-old brother, identified as Abdelkrim Elmezayen, was pulled from the water.'), [['Abdelkrim Elmezayen', 13, '13-year-old']]);
  });

  it('does not tie a number to a name it merely meets', () => {
    // A function word between the age and the name: the age is someone else's.
    assert.deepEqual(ages('He went to meet a 14-year-old girl for sex Adeli had been duped by the group.'), []);
    // Places and organisations have no age; a score or a count is not an age.
    assert.deepEqual(ages('The Labour Party, 3, and France, 1, were the answers.'), []);
    assert.deepEqual(ages('Smith, 300, was the figure given.'), []);
    assert.deepEqual(ages('Smith, 21 years after the war, returned.'), []);
    assert.deepEqual(ages('Police said Smith had 14 previous convictions.'), []);
  });
});
