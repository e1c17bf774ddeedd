// name-mismatch end to end (indexSources + checkDraft): a person, place or organisation other than the one the
// supporting source sentence names in that place is flagged at the name, with the source's name and sentence; the same
// one named another way ("Mr Kim", "Russian", "United Nations", "Lim", "the Kremlin") is not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, sourceLine, spanOf, summary } from './ruleHelpers';

const SPOKESPERSON = 'Speaking on behalf of the South Korean Foreign Ministry, Lim Soo-suk said that while Seoul was closely monitoring Kim’s visit, it was still in contact with Moscow.';

describe('rule name-mismatch', () => {

  describe('a quotation given to someone the source does not give it to', () => {
    it('xsumfaith-37618111 (source): Matheson\'s words given to Claire Baker; each speaker\'s own words are no flag', () => {
      const x = dev.HOMICIDE_QUOTES;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['name-mismatch', "Labour's Claire Baker", 'Michael Matheson']]);
      assert.equal(found[0].message, '"Labour\'s Claire Baker" here; the source gives these words to "Michael Matheson".');
      assert.equal(found[0].evidence[0].quote, sourceLine(x, 0));
      assert.deepEqual(checkExcerpt(x, 'Michael Matheson said "each of the lives lost is one life too many".'), []);
      assert.deepEqual(checkExcerpt(x, 'Claire Baker said "we have to take these statistics with a note of caution".'), []);
      assert.deepEqual(checkExcerpt(x, 'Matheson said "each of the lives lost is one life too many".'), []);
    });
  });
  describe('a name in place of a source name that has a role before it', () => {
    it('probe21 (a frank-bbc match report, reworded): "Leeds had Kane sent off" for "Leeds had midfielder Bakary Sow sent off"', () => {
      const index = indexSources([{ path: 's.txt', text: "Kane's 70th-minute strike sealed the win. Leeds had midfielder Bakary Sow sent off in the 83rd minute.\n" }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(flags('Leeds had Kane sent off in the 83rd minute.'), [['name-mismatch', 'Kane', 'Bakary Sow']]);
      assert.deepEqual(flags('Leeds had Sow sent off in the 83rd minute.'), []);
    });
    it('probe18 (cliff-cnndm-40d1bd21…, reworded): a relation is no role: "his girlfriend Kayleigh Harris" beside "his girlfriend\'s father Mark Harris"', () => {
      const index = indexSources([{ path: 's.txt', text: 'Jordan Moss was filmed near the barriers by his girlfriend’s father Mark Harris. His girlfriend, Kayleigh Harris, stood back in shock.\n' }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
      assert.deepEqual(flags('Jordan Moss stopped near the barriers to propose to his girlfriend Kayleigh Harris.'), []);
    });
  });

  describe('a name swapped at the end of a sentence that follows its evidence closely', () => {
    it('probe23 (a frank-bbc article, reworded): "…, in 1999, is owned by HSBC" for "…, in 1999, and owned by Barclays"', () => {
      const index = indexSources([{ path: 's.txt', text: 'However HSBC and Barclays do so under separate brands. One of them is Smile, the first full internet bank to be set up, in 1999, and owned by Barclays.\n' }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(flags('Smile, the first full internet bank to be set up, in 1999, is owned by HSBC.'), [['name-mismatch', 'HSBC', 'Barclays']]);
      assert.deepEqual(flags('Smile, the first full internet bank to be set up, in 1999, is owned by Barclays.'), []);
    });
  });

  describe('a name whose first words are the source name\'s', () => {
    it('probe21 (a frank-bbc article, reworded): "of the University of Bath" where the source says "from the University of Hull"', () => {
      const index = indexSources([{ path: 's.txt', text: 'Researchers from Exeter University, the University of Hull and the University of Bath studied the coastline. Dr Ann Webb, from the University of Hull, said the results were "deeply alarming".\n' }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(flags('Dr Ann Webb, of the University of Bath, said the results were "deeply alarming".'), [['name-mismatch', 'University of Bath', 'University of Hull']]);
      assert.deepEqual(flags('Dr Ann Webb, of the University of Hull, said the results were "deeply alarming".'), []);
    });
    it('summedits-news-63f9455b8d931ba6e664fba1_25: "The Bank of China" where the source says "The Bank of Japan"', () => {
      const index = indexSources([{ path: 's.txt', text: 'The Bank of Japan spent 4.3 trillion yen ($31.7 billion) on Wednesday buying bonds.\n' }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(flags('The Bank of China spent 4.3 trillion yen on Wednesday buying bonds.'), [['name-mismatch', 'Bank of China', 'Bank of Japan']]);
    });
    it('probe20 (a frank-bbc article, reworded): "Northampton Town FC" is "Northampton Town Football Club"', () => {
      const index = indexSources([{ path: 's.txt', text: 'The council lent Northampton Town Football Club £10.25m to redevelop its stadium.\n' }]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
      assert.deepEqual(flags('The council lent Northampton Town FC £10.25m to redevelop its stadium.'), []);
      assert.deepEqual(flags('The council lent Northampton Town Cricket Club £10.25m to redevelop its stadium.'), [['name-mismatch', 'Northampton Town Cricket Club']]);
    });
  });

  describe('with several sources, a story told alike in two of them (probe20, tennis roundups, reworded)', () => {
    const index = indexSources([
      { path: 'petrova.txt', text: 'Petrova, the Bulgarian world number seven, said her hair was affecting her game in a three-set win over Magda Kowalska on Monday.\n' },
      { path: 'jones.txt', text: "Jones reached the semi-finals with a 7-6, 1-6, 6-3 win over Germany's Anna Berger. Jones beat Anna Berger in three sets on Wednesday to progress to the semi-finals of the Florida Open.\n" },
    ]);
    const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual]);
    it('a name the other story gives is not called a mismatch', () => {
      assert.deepEqual(flags('Petrova said her hair was affecting her game. She went on to beat Magda Kowalska in three sets.'), []);
    });
    it('a name neither story gives is still flagged, as written in place of the evidence\'s "Anna Berger"', () => {
      assert.deepEqual(flags('Jones beat Anna Kowalczyk in three sets on Wednesday.'), [['name-mismatch', 'Anna Kowalczyk']]);
    });
  });

  describe('a quotation given to someone else, with the speaker written in other ways (a passage written for this test)', () => {
    const source = [
      '"I was just a bit tired of the heat at times," said Kerrigan, when asked why he was so quiet against Morales.',
      'Judge Peter Lowe, sentencing, said: "You were preparing this person for a long time."',
      'Sarah Dunn, prosecuting, told the court the messages began in May.',
      'Tom Ashby was named captain. "At 26, Tom is a fine young man with remarkable talent," said national selector Ian Reed.',
      'When she asked about the locked door, Hanley allegedly told Moreno that he kept his tools down there and "did not want the children to touch them".',
      // probe14 (a summedits/cnndm-style attribution): the organisation and title before the speaker's name.
      '"We are delighted with the results and expect more growth in the coming months," said Acme chief operating officer John Smith.',
      '"Prices will keep falling through the winter," said Labour Party Leader and Shadow Chancellor, Jane Doe.',
      'Bob Jones, the chairman, left early.',
    ].join(' ');
    const index = indexSources([{ path: 'source.txt', text: source }]);
    const speakers = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'name-mismatch').map(f => [f.actual, f.expected]);
    it('flags the other speaker, though the source names them elsewhere in the sentence', () => {
      assert.deepEqual(speakers('Morales said: "I was just a bit tired of the heat at times."'), [['Morales', 'Kerrigan']]);
      assert.deepEqual(speakers('Sarah Dunn told him: "You were preparing this person for a long time."'), [['Sarah Dunn', 'Peter Lowe']]);
      assert.deepEqual(speakers('Ashby described the new captain as "a fine young man with remarkable talent".'), [['Ashby', 'Ian Reed']]);
      assert.deepEqual(speakers('Bob Jones said: "We are delighted with the results and expect more growth in the coming months."'), [['Bob Jones', 'John Smith']]);
    });
    it('probe22 (a frank-bbc article, reworded): "…," he wrote. — the speaker is the previous sentence\'s', () => {
      const letter = indexSources([{ path: 's.txt', text: 'His deputy Ivan Serov said the reporters were safe. In a letter to the governor, the magazine\'s editor Pavel Orlov said his staff would keep reporting. "We never meant to offend anyone," he wrote.\n' }]);
      const said = (draft: string) => checkDraft(draft, letter, { kind: 'plaintext' }).findings.filter(f => f.rule === 'name-mismatch').map(f => [f.actual, f.expected]);
      assert.deepEqual(said('In a letter, the magazine\'s editor Ivan Serov wrote: “We never meant to offend anyone.”'), [['Ivan Serov', 'Pavel Orlov']]);
      assert.deepEqual(said('In a letter, the magazine\'s editor Pavel Orlov wrote: “We never meant to offend anyone.”'), []);
    });
    it('probe24 (a court report, reworded): "\'…,\' Mr Lane revealed" — "revealed" and "recalled" are verbs of saying, for the next sentence\'s quotation too', () => {
      const hearing = indexSources([{ path: 's.txt', text: "‘The car was already moving when I reached it,’ Mr Kemp revealed at the inquest. ‘I never saw the driver’s face.’ The victim's cousin Ruth Mayer told reporters he loved the sea.\n" }]);
      const said = (draft: string) => checkDraft(draft, hearing, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(said("Ruth Mayer said: 'I never saw the driver’s face.'"), [['name-mismatch', 'Ruth Mayer', 'Kemp']]);
      assert.deepEqual(said("Mr Kemp said: 'I never saw the driver’s face.'"), []);
      assert.deepEqual(said("'I never saw the driver’s face,' Mr Kemp recalled."), []);
      assert.deepEqual(said('Ruth Mayer said the victim loved the sea.'), []);
    });
    it('reads the speaker after an organisation and a title: "said Acme chief operating officer John Smith"', () => {
      assert.deepEqual(speakers('John Smith said: "We are delighted with the results and expect more growth in the coming months."'), []);
      assert.deepEqual(speakers('Jane Doe said: "Prices will keep falling through the winter."'), []);
    });
    it('leaves each speaker\'s own words, and the one told, alone', () => {
      assert.deepEqual(speakers('Kerrigan said: "I was just a bit tired of the heat at times."'), []);
      assert.deepEqual(speakers('Judge Lowe told him: "You were preparing this person for a long time."'), []);
      assert.deepEqual(speakers('Reed described Ashby as "a fine young man with remarkable talent".'), []);
      assert.deepEqual(speakers('Hanley told Moreno he kept his tools down there and "did not want the children to touch them".'), []);
      assert.deepEqual(speakers('Ian Reed, the national selector for the county board, said Ashby was "a fine young man with remarkable talent".'), []);
    });
  });
  describe('flags another name in the place of the source\'s, with the source name and sentence', () => {
    it('seed: Pak Thae Song named as the Foreign Ministry\'s spokesperson, where the source names Lim Soo-suk', () => {
      const text = '- Speaking on behalf of the South Korean Foreign Ministry, Pak Thae Song said that while Seoul was closely monitoring Kim’s visit, it was still in contact with Moscow.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['name-mismatch', 'Pak Thae Song', 'Lim Soo-suk']]);
      const f = found[0];
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.span, spanOf(text, 'Pak Thae Song'));
      assert.deepEqual(f.range, { start: { line: 0, character: 59 }, end: { line: 0, character: 72 } });
      assert.equal(f.message, '"Pak Thae Song" here; the source names "Lim Soo-suk".');
      assert.equal(f.evidence.length, 1);
      assert.equal(f.evidence[0].source, 'article.txt');
      assert.equal(f.evidence[0].quote, SPOKESPERSON);
      assert.equal(f.evidence[0].range.start.line, 8);
    });

    it('seed: "Syria" in place of Ukraine in a paraphrase of the opening', () => {
      const text = '- The conflict in Syria is the “sacred fight” that Russia is engaged in to defend its security interests.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['name-mismatch', 'Syria', 'Ukraine']]);
      assert.deepEqual(found[0].span, spanOf(text, 'Syria'));
      assert.equal(found[0].evidence[0].quote, 'The conflict in Ukraine is the “sacred fight” that Russia is fighting to protect its security interests.');
    });

    it('summedits-news-63fe83a6822983eae8845b4f_10: "The Trump administration" where the source says "The Biden administration"', () => {
      const x = dev.CHIPS_TRUMP;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['name-mismatch', 'Trump', 'Biden']]);
      assert.deepEqual(found[0].span, { start: 4, end: 9 });
      assert.equal(found[0].message, '"Trump" here; the source names "Biden".');
      assert.equal(found[0].evidence[0].source, 'source.txt');
      assert.equal(found[0].evidence[0].quote, x.source.split('\n')[0]);
      assert.equal(found[0].evidence[0].range.start.line, 0);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85_34: "a Canadian who fell" where the source says "an American"', () => {
      const x = dev.CLIFFTOP_CANADIAN;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['name-mismatch', 'Canadian', 'American']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'Canadian'));
      assert.equal(found[0].evidence[0].quote, x.source.split('\n')[0]);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85_28: "a Melbourne clifftop" where the source says "a Sydney clifftop"', () => {
      const x = dev.CLIFFTOP_MELBOURNE;
      // The same edit also made the plea "not guilty": negation-mismatch reports that one.
      const found = checkExcerpt(x).filter(f => f.rule === 'name-mismatch');
      assert.deepEqual(summary(found), [['name-mismatch', 'Melbourne', 'Sydney']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'Melbourne'));
      assert.equal(found[0].message, '"Melbourne" here; the source names "Sydney".');
    });
  });

  describe('a name swapped at the very start of the sentence, the words after it following the source', () => {
    it('frank-cnndm-914e001d…-pgn: "hampton was sentenced in july 2012" where the source says "Martin was sentenced in July 2012"', () => {
      const x = dev.HAMPTON_SENTENCED;
      const found = checkExcerpt(x).filter(f => f.rule === 'name-mismatch');
      assert.deepEqual(summary(found), [['name-mismatch', 'hampton', 'Martin']]);
      assert.deepEqual(found[0].span, { start: 0, end: 7 });
    });

    it('a number too ("Nine members of Congress" for "The delegation of eight members of Congress"), not a capitalised common word opening the sentence', () => {
      const index = indexSources([{ path: 's.txt', text: 'The delegation of eight members of Congress spent two days in the country.\nQuirky collab: Sister duo Jess and Stef Dadon have teamed up with a New York company.\n' }]);
      const check = (t: string) => checkDraft(t, index, { kind: 'plaintext' }).findings.filter(f => f.rule.endsWith('-mismatch')).map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(check('Nine members of Congress spent two days in the country.'), [['number-mismatch', 'Nine', 'eight']]);
      assert.deepEqual(check('Eight members of Congress spent two days in the country.'), []);
      assert.deepEqual(check('Fashion duo Jess and Stef Dadon have teamed up with a New York company.'), []);
    });
  });

  describe('a first name the sources give that surname differently', () => {
    it('xsumfaith-36457308-BERTS2S: "gianni giaccherini" where the source names Emanuele Giaccherini', () => {
      const x = dev.GIACCHERINI;
      const found = checkExcerpt(x).filter(f => f.rule === 'name-mismatch');
      assert.deepEqual(summary(found), [['name-mismatch', 'gianni giaccherini', 'Emanuele Giaccherini']]);
      assert.equal(found[0].evidence[0].quote, 'Foul by Emanuele Giaccherini (Italy).');
    });

    it('not a short or long form of the same first name, an initial, or a surname the sources use alone', () => {
      const index = indexSources([{ path: 's.txt', text: 'Brighton captain Steve Sidwell said he wants to stay.\nMr Churcher praised the front row.\n' }]);
      const check = (t: string) => checkDraft(t, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.expected]);
      assert.deepEqual(check('Stephen Sidwell said he wants to stay.'), []);
      assert.deepEqual(check('S. Sidwell said he wants to stay.'), []);
      // A surname the sources use alone is no mismatch; its first name is the draft's own (unsupported-name).
      assert.deepEqual(check('Marek Churcher praised the front row.'), [['unsupported-name', 'Marek Churcher', 'Churcher']]);
      assert.deepEqual(check('Jack Sidwell said he wants to stay.'), [['name-mismatch', 'Jack Sidwell', 'Steve Sidwell']]);
    });
  });

  describe('a name of three words or more with one word changed, no source having it', () => {
    it('summedits-news-63f9455b8d931ba6e664fb99_10: "The James Gunn Space Telescope" where the source says "James Webb"', () => {
      const x = dev.WEBB_GUNN;
      const found = checkExcerpt(x).filter(f => f.actual.includes('Telescope'));
      assert.deepEqual(summary(found), [['name-mismatch', 'James Gunn Space Telescope', 'James Webb Space Telescope']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'James Gunn Space Telescope'));
      assert.equal(found[0].message, '"James Gunn Space Telescope" here; the source names "James Webb Space Telescope".');
      // The source's name, and that name with a word added, are stated (a source name that only ends the same way
      // does not state a longer name: "James Webb Space Telescope" is no "James Gunn Space Telescope").
      assert.deepEqual(checkExcerpt(x, x.draft.replace('Gunn', 'Webb')).filter(f => f.actual.includes('Telescope')), []);
      assert.deepEqual(checkExcerpt(x, "NASA's James Webb Space Telescope peered into a celestial Pandora's box.").filter(f => f.actual.includes('Webb')), []);
    });
  });

  describe('does not flag the same name written another way', () => {
    it('seed: "Mr Kim" for Kim Jong Un, "the Russian state" for Russia', () => {
      assert.deepEqual(checkSeed('- Mr Kim also said that his country’s relations with the Russian state are “the priority.”\n'), []);
    });

    it('seed: "United Nations" for "U.N."', () => {
      assert.deepEqual(checkSeed('- No United Nations member state should transgress Security Council restrictions on North Korea by engaging in an illicit arms trade.\n'), []);
    });

    it('seed: "Lim" for Lim Soo-suk, "South Korea’s foreign ministry" and "the Kremlin" for Moscow', () => {
      assert.deepEqual(checkSeed('- Speaking for South Korea’s foreign ministry, Lim said Seoul was closely monitoring Mr Kim’s visit but remained in contact with the Kremlin.\n'), []);
    });

    it('seed: "Kim" and "President Putin" for the full names, "North Korea" for "his country"', () => {
      assert.deepEqual(checkSeed('- North Korean leader Kim promised President Putin that North Korea would give the war in Ukraine its “full and unconditional support”.\n'), []);
      assert.deepEqual(checkSeed('- Kim was accompanied by Pak Thae Song, the head of North Korea’s space committee, and Adm. Kim Myong Sik.\n'), []);
    });

    it('summedits _og records: "The Biden administration", "an American … a Sydney clifftop"', () => {
      assert.deepEqual(checkExcerpt(dev.CHIPS_OG), []);
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85 (source): "the American … Scott Johnson", a name from the next source sentence', () => {
      const text = 'A man pleaded guilty on Thursday to manslaughter in the death 35 years ago of the American who fell from a Sydney clifftop, Scott Johnson.';
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG, text), []);
    });
  });

  describe('a name another near sentence gives after the draft\'s own words', () => {
    const check = (source: string, draft: string) => summary(checkDraft(draft, indexSources([{ path: 'source.txt', text: source }])).findings);
    it('probe24 (cliff and frank court reports, reworded): "fled New Hampshire", "Reid, from Headingley," where the closer sentence names another place', () => {
      const fled = 'A retired teacher has been arrested ten years after he fled the U.S with his stepson and the boy\'s mother. The family fled New Hampshire in 2004 during a custody fight with the boy\'s father.';
      assert.deepEqual(check(fled, 'The teacher was arrested ten years after he fled New Hampshire with his stepson and the boy\'s mother.'), []);
      // Another place, stated nowhere in those words, is still a swap.
      assert.deepEqual(check(fled, 'The teacher was arrested ten years after he fled Vermont with his stepson and the boy\'s mother.').map(x => x[0]), ['name-mismatch']);
      const fiddle = 'Angus Reid, of Leeds, who has played the fiddle in the city centre for more than 20 years, denied two counts of theft. A police officer told the court that Reid, from Headingley, had taken the money.';
      assert.deepEqual(check(fiddle, 'Reid, from Headingley, has played the fiddle in the city centre for more than 20 years.'), []);
    });
    it('probe25 (an xsumfaith report, reworded): a seat of power for its institution, "Holyrood" for the Scottish Parliament, "Stormont" for the Northern Ireland Assembly', () => {
      const vote = 'The former minister warned of another vote on independence after the 2021 Scottish Parliament elections.';
      assert.deepEqual(check(vote, 'The former minister warned of another independence vote after the 2021 Holyrood elections.'), []);
      assert.deepEqual(check('The bill went to the Northern Ireland Assembly on Monday.', 'The bill went to Stormont on Monday.'), []);
      assert.deepEqual(check('The bill went to the Northern Ireland Assembly on Monday.', 'The bill went to Holyrood on Monday.'), [['name-mismatch', 'Holyrood', 'Northern Ireland Assembly']]);
      // The institution's words apart are not its name.
      assert.deepEqual(check('The Scottish affairs committee met on Monday. The parliament voted.', 'The bill went to Holyrood on Monday.').filter(x => x[0] === 'unsupported-name'), [['unsupported-name', 'Holyrood', undefined]]);
    });
    it('probe25 (a frank-cnndm report, reworded): a title before the name is not the draft\'s own words ("shadow home secretary Chris Grayling")', () => {
      const source = 'Justice Secretary Chris Grayling spoke on Monday. On Tuesday, shadow home secretary Yvette Cooper told the three-day conference that the plans would make it harder to catch criminals.';
      assert.deepEqual(check(source, 'On Tuesday, shadow home secretary Chris Grayling told the three-day conference that the plans would make it harder to catch criminals.'), [['name-mismatch', 'Chris Grayling', 'Yvette Cooper']]);
    });
  });

  describe('severity', () => {
    it('options.rules: "warning" downgrades and "off" removes the finding (summedits-news-63fe83a6822983eae8845b4f_10)', () => {
      const x = dev.CHIPS_TRUMP;
      assert.deepEqual(checkExcerpt(x, x.draft, { rules: { 'name-mismatch': 'warning' } }).map(f => [f.rule, f.severity, f.actual]), [['name-mismatch', 'warning', 'Trump']]);
      assert.deepEqual(checkExcerpt(x, x.draft, { rules: { 'name-mismatch': 'off' } }), []);
    });
  });
});
