// unsupported-name end to end (indexSources + checkDraft): a person, place or organisation that no source mentions in
// any form is flagged at the name, as a warning, with the closest source name when one is spelt alike; a name the
// sources use in another form (surname, title, demonym, city for country, acronym, "Britain" for "UK") is not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, only, spanOf, summary } from './ruleHelpers';

const ACCOMPANIED = 'Kim was accompanied by Pak Thae Song, the head of North Korea’s committee for space science and technology, and Navy Adm. Kim Myong Sik, both of whom are involved in the country’s efforts to obtain spy satellites and ballistic missile submarines with nuclear warheads.';

describe('rule unsupported-name', () => {
  describe('flags a name no source mentions, at the name', () => {
    it('seed: "Kim Yong Chol" in place of Kim Myong Sik, with the supporting sentence as evidence', () => {
      const text = '- Kim was accompanied by Pak Thae Song and Navy Adm. Kim Yong Chol.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['unsupported-name', 'Kim Yong Chol', undefined]]);
      const f = found[0];
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.span, spanOf(text, 'Kim Yong Chol'));
      assert.deepEqual(f.range, { start: { line: 0, character: 53 }, end: { line: 0, character: 66 } });
      assert.equal(f.message, '"Kim Yong Chol" is not mentioned in any source.');
      assert.equal(f.evidence[0].source, 'article.txt');
      assert.equal(f.evidence[0].quote, ACCOMPANIED);
      assert.equal(f.evidence[0].range.start.line, 6);
    });

    it('seed: a misspelt "Pak Thae Sung", with "did you mean" the source\'s "Pak Thae Song"', () => {
      const text = '- Kim was accompanied by Pak Thae Sung, the head of North Korea’s committee for space science and technology.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['unsupported-name', 'Pak Thae Sung', 'Pak Thae Song']]);
      assert.deepEqual(found[0].span, spanOf(text, 'Pak Thae Sung'));
      assert.equal(found[0].message, '"Pak Thae Sung" is not mentioned in any source; did you mean "Pak Thae Song"?');
    });

    it('seed: "Chinese President Xi Jinping": the demonym and the person, each on its own', () => {
      const text = '- Chinese President Xi Jinping was not at the meeting between Kim and Putin.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['unsupported-name', 'Chinese', undefined], ['unsupported-name', 'Xi Jinping', undefined]]);
      assert.deepEqual(found.map(f => f.span), [spanOf(text, 'Chinese'), spanOf(text, 'Xi Jinping')]);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9e_8: the drinks "launching in France", where the source says Italy', () => {
      const x = dev.OLEATO_FRANCE;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['unsupported-name', 'France', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'France'));
      assert.equal(found[0].message, '"France" is not mentioned in any source.');
    });
  });

  describe('an English word the source mistyped, which the draft spells right', () => {
    it('probe16 (frank-cnndm articles, reworded): "Environment Department" for "Enviroment Department"; a name spelt otherwise is still flagged', () => {
      const index = indexSources([{ path: 'a.txt', text: 'The head of the Enviroment Department declared Monday a holiday. Mr Phillips said so.', kind: 'plaintext' }]);
      const check = (draft: string) => summary(only(checkDraft(draft, index, { kind: 'markdown' }).findings, 'unsupported-name'));
      assert.deepEqual(check('The Environment Department gave its staff Monday off.'), []);
      // More than a letter apart: another name.
      assert.deepEqual(check('The Environmental Department gave its staff Monday off.').map(f => f.slice(0, 2)), [['unsupported-name', 'Environmental Department']]);
    });
  });

  describe('a US highway by its short name', () => {
    it('probe16 (a frank-cnndm article, reworded): "I-80" for "Interstate 80", not "I-70"', () => {
      const index = indexSources([{ path: 'a.txt', text: 'In the mountains, Interstate 80 was closed after several lorries jackknifed.', kind: 'plaintext' }]);
      const check = (draft: string) => summary(only(checkDraft(draft, index, { kind: 'markdown' }).findings, 'unsupported-name'));
      assert.deepEqual(check('I-80 was closed after several lorries jackknifed.'), []);
      assert.deepEqual(check('I-70 was closed after several lorries jackknifed.').map(f => f.slice(0, 2)), [['unsupported-name', 'I-70']]);
    });
  });

  describe('a first name the sources never give a surname they use bare', () => {
    it('frank-bbc-35424211-BERTS2S: "jeremy clarkson" where the article says only "Clarkson"; the fix drops the first name', () => {
      const x = dev.CLARKSON_FIRST_NAME;
      const found = only(checkExcerpt(x), 'unsupported-name');
      assert.deepEqual(summary(found), [['unsupported-name', 'jeremy clarkson', 'Clarkson']]);
      assert.equal(found[0].message, 'The sources name only "Clarkson", never "jeremy clarkson".');
      assert.equal(found[0].evidence[0].quote.slice(0, 32), 'Clarkson, 30, joined Premiership');
      assert.deepEqual(only(checkExcerpt(x, 'st mirren have signed striker clarkson on a season-long loan from dundee.'), 'unsupported-name'), []);
    });

    it('a title on the surname states no first name either ("Mr Salmond"); a possessive stays on the fix; another form of the source\'s first name is no flag', () => {
      const index = indexSources([{ path: 's.txt', text: 'Mr Salmond told the BBC the vote must stop.\nRooney scored twice on Saturday.\nBrighton captain Steve Sidwell said he wants to stay.\n' }]);
      const check = (t: string) => checkDraft(t, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-name').map(f => [f.actual, f.expected]);
      assert.deepEqual(check('Philip Salmond told the BBC the vote must stop.'), [['Philip Salmond', 'Salmond']]);
      assert.deepEqual(check("Wayne Rooney's goals came on Saturday."), [["Wayne Rooney's", "Rooney's"]]);
      assert.deepEqual(check('Stephen Sidwell said he wants to stay.'), []);
    });
  });

  it('summedits-news-63f9455b8d931ba6e664fb99_23: "Coma Cluster" where the source names "Pandora\'s Cluster" is no first name added to a surname', () => {
    const source = "The space observatory observed Pandora's Cluster, also known as Abell 2744, where three massive clusters of galaxies are merging.\n";
    const index = indexSources([{ path: 's.txt', text: source }]);
    const found = checkDraft('The James Webb Space Telescope captured a new image of Coma Cluster, a megacluster of galaxies.', index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-name' && f.actual === 'Coma Cluster');
    assert.deepEqual(found.map(f => f.message), ['"Coma Cluster" is not mentioned in any source.']);
  });

  describe('a capital the draft means as the city, not as its country\'s government', () => {
    it('summedits-news-63f9455b8d931ba6e664fb84_7: "the Moscow Russian embassy" where the protest was in London', () => {
      const x = dev.EMBASSY_MOSCOW;
      // (The excerpt leaves out the article's "U.K.", flagged here too.)
      const found = checkExcerpt(x).filter(f => f.actual !== 'U.K.');
      assert.deepEqual(summary(found), [['unsupported-name', 'Moscow', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'Moscow'));
      // The source's own city is not flagged; "in Moscow" is the city too, and "Moscow said" is Russia speaking.
      assert.deepEqual(checkExcerpt(x, x.draft.replace('Moscow', 'London')).filter(f => f.actual !== 'U.K.'), []);
      assert.deepEqual(summary(checkExcerpt(x, 'Activists in Moscow dumped gallons of yellow and blue paint.')), [['unsupported-name', 'Moscow', undefined]]);
      assert.deepEqual(checkExcerpt(x, "Moscow condemned the protest against Russia's invasion of Ukraine."), []);
    });
  });

  describe('codes of letters and digits, checked as names', () => {
    it('summedits-news-63f9455b8d931ba6e664fb89_12: "SARS-CoV-4" where the source says "SARS-CoV-2", with the suggestion', () => {
      const x = dev.SARS_COV_4;
      const found = only(checkExcerpt(x), 'unsupported-name', 'name-mismatch');
      assert.deepEqual(summary(found), [['unsupported-name', 'SARS-CoV-4', 'SARS-CoV-2']]);
      assert.deepEqual(found[0].span, spanOf(x.draft, 'SARS-CoV-4'));
      assert.equal(found[0].message, '"SARS-CoV-4" is not mentioned in any source; did you mean "SARS-CoV-2"?');
      assert.deepEqual(only(checkExcerpt(x, x.draft.replace('SARS-CoV-4', 'SARS-CoV-2')), 'unsupported-name', 'name-mismatch'), []);
    });

    it('finds a code however its hyphens and spaces fall, and in any case: "top-10", "the m1", "Sars-Cov 2"', () => {
      const x = { ...dev.SARS_COV_4, source: 'He finished in the top 10 on the M1 motorway, SARS CoV 2 permitting.\n' };
      assert.deepEqual(only(checkExcerpt(x, 'He was in the top-10 on the m1, Sars-Cov 2 permitting.'), 'unsupported-name', 'name-mismatch'), []);
      assert.deepEqual(summary(only(checkExcerpt(x, 'He was in the top-20 on the M4.'), 'unsupported-name')), [
        ['unsupported-name', 'top-20', undefined],
        ['unsupported-name', 'M4', undefined],
      ]);
    });
  });

  describe('does not flag a name the sources use in another form', () => {
    it('frank-cnndm-d630035b…-bart: "the trussell trust", which the article also spells "Trussel": no name-mismatch', () => {
      assert.deepEqual(checkExcerpt(dev.TRUSSELL_SPELLING), []);
    });

    it('frank-cnndm-59904185…-bart: "o \' sullivan" tokenised apart, for the source\'s "O\'Sullivan"', () => {
      assert.deepEqual(checkExcerpt(dev.OSULLIVAN_TOKENS), []);
    });

    it('a person the sources name "of" an organisation they name: "Jane Smith of UCL"; not "of" one they do not', () => {
      const index = indexSources([{ path: 's.txt', text: 'Dr Jane Smith, of University College London, led the research, published in the journal Nature Communications.\n' }]);
      const check = (t: string) => checkDraft(t, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-name').map(f => f.actual);
      assert.deepEqual(check('The research, led by Jane Smith of UCL, was published in Nature Communications.'), []);
      assert.deepEqual(check('The research, led by Jane Smith of Oxford, was published in Nature Communications.'), ['Jane Smith of Oxford']);
    });

    it('a clipped form: "the Fed" for "the Federal Reserve", as neither name-mismatch nor unsupported-name', () => {
      const x = { ...dev.SARS_COV_4, source: 'The Federal Reserve raised interest rates on Wednesday.\n' };
      assert.deepEqual(checkExcerpt(x, 'The Fed raised interest rates on Wednesday.'), []);
    });

    it('seed: "Siberia" for "Siberian", "the Cosmodrome", "Russia’s" and titles with surnames', () => {
      assert.deepEqual(checkSeed('- The leaders met at the Vostochny Cosmodrome, a rocket launch site in Siberia.\n'), []);
      assert.deepEqual(checkSeed('- Mr Kim and President Putin toured the Cosmodrome, Russia’s most significant domestic satellite launch site.\n'), []);
    });

    it('seed: "United Nations" for "U.N.", "Moscow" and "Seoul" for the countries, "South Korean officials"', () => {
      assert.deepEqual(checkSeed('- No United Nations member state should trade arms with North Korea, Seoul said.\n'), []);
      assert.deepEqual(checkSeed('- Kim may be looking to Moscow for technical support on military observation satellites.\n'), []);
      assert.deepEqual(checkSeed('- Meanwhile, South Korean officials were closely monitoring the visit.\n'), []);
    });

    it('summedits _og records: Starbucks, Italy; the Biden administration, the U.S.; an Australian, an American, Sydney', () => {
      assert.deepEqual(checkExcerpt(dev.OLEATO_OG), []);
      assert.deepEqual(checkExcerpt(dev.CHIPS_OG), []);
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb85 (source): full names from the second source sentence', () => {
      const text = 'Scott White, an Australian, pleaded guilty to the manslaughter of Scott Johnson, an American who fell from a Sydney clifftop.';
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_OG, text), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9e (source): "Britain" for the source\'s "UK"', () => {
      assert.deepEqual(checkExcerpt(dev.OLEATO_OG, 'Starbucks plans to bring the olive oil drinks from Italy to Britain later this year.'), []);
    });
  });

  describe('an acronym of a name the sources give', () => {
    it('frank-cnndm-d4f93ae8…-bart: "FDA" for "the US Food and Drug Administration" (a name read in two parts around "and")', () => {
      assert.deepEqual(checkExcerpt(dev.AVASTIN_FDA), []);
      assert.deepEqual(checkExcerpt(dev.AVASTIN_FDA, 'The US FDA approved Avastin in August 2014.'), []);
      assert.deepEqual(summary(checkExcerpt(dev.AVASTIN_FDA, 'The EMA approved Avastin in August 2014.')), [['unsupported-name', 'EMA', undefined]]);
    });

    it('frank-cnndm-f873cc92…-bart (source): "IFS" for "the Institute for Fiscal Studies"', () => {
      assert.deepEqual(checkExcerpt(dev.TAX_CUT_IFS, 'The IFS figures show families are £1,100 a year worse off.'), []);
      assert.deepEqual(summary(checkExcerpt(dev.TAX_CUT_IFS, 'The OBR figures show families are £1,100 a year worse off.')).map(f => f[1]), ['OBR']);
    });

    it('summedits-news-…fb85 (source): "ANU" for "an Australian National University Ph.D. student", and "PhD" is no name', () => {
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_PHD), []);
      assert.deepEqual(checkExcerpt(dev.CLIFFTOP_PHD, 'Johnson was a PhD student at the Australian National University.'), []);
      assert.deepEqual(summary(checkExcerpt(dev.CLIFFTOP_PHD, 'Johnson was a PhD student at the University of Melbourne.')).map(f => f[1]), ['University of Melbourne']);
    });
  });

  describe('a name the draft spells out for an acronym the sources use', () => {
    it('"Police and Crime Commissioner (PCC)" and "Ulster Defence Regiment (UDR)" where the source says "the PCC", "the UDR"', () => {
      const index = indexSources([{ path: 's.txt', text: 'East Sussex Fire Authority said it was willing to co-operate with the PCC.\nMr Elliott served in the UDR for 10 years.\n' }]);
      const check = (t: string) => checkDraft(t, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-name').map(f => f.actual);
      assert.deepEqual(check('The Police and Crime Commissioner (PCC) wants East Sussex Fire Authority to co-operate.'), []);
      assert.deepEqual(check('Mr Elliott served in the Ulster Defence Regiment (UDR) for 10 years.'), []);
      // An acronym the sources do not use, or one the name does not spell, supports nothing.
      assert.deepEqual(check('Mr Elliott served in the Royal Irish Rangers (RIR) for 10 years.'), ['Royal Irish Rangers', 'RIR']);
      assert.deepEqual(check('Mr Elliott served in the Royal Irish Rangers (UDR) for 10 years.'), ['Royal Irish Rangers']);
    });
  });

  describe('words of a heading, and a compound word opening a sentence', () => {
    const index = indexSources([{ path: 's.txt', text: 'Lewis Hamilton won the race at Monza on Sunday, finishing 4.2 seconds ahead of his team-mate.\n' }]);
    const names = (t: string) => checkDraft(t, index, { kind: 'markdown' }).findings.filter(f => f.rule === 'unsupported-name').map(f => f.actual);

    it('probe20 (a roundup of frank-cnndm sports stories, reworded): "# Motorsport notebook", "# Racing Roundup" and "## Weekend Sports Digest" are headings, not names', () => {
      assert.deepEqual(names('# Motorsport notebook\n\nLewis Hamilton won at Monza on Sunday.\n'), []);
      assert.deepEqual(names('# Racing Roundup\n\nLewis Hamilton won at Monza on Sunday.\n'), []);
      assert.deepEqual(names('## Weekend Sports Digest\n\nLewis Hamilton won at Monza on Sunday.\n'), []);
      assert.deepEqual(names('Motorsport fans saw Lewis Hamilton win at Monza on Sunday.\n'), []);
    });

    it('a heading\'s name no English word list has, or a place, is still checked; so are the same words in a paragraph', () => {
      assert.deepEqual(names('# Hamilton wins at Silverstone\n\nLewis Hamilton won on Sunday.\n'), ['Silverstone']);
      assert.deepEqual(names('# Verstappen beaten\n\nLewis Hamilton won at Monza on Sunday.\n'), ['Verstappen']);
      assert.deepEqual(names('Lewis Hamilton won the Racing Roundup at Monza on Sunday.\n'), ['Racing Roundup']);
      // A county or town opening a sentence is no compound of two words ("Worcester|shire", cliff-xsum-36329854-BART).
      assert.deepEqual(names('Worcestershire fans saw Lewis Hamilton win at Monza on Sunday.\n'), ['Worcestershire']);
    });
  });

  describe('an acronym added to a source\'s name', () => {
    it('probe25 p25-y32 (a frank-bbc report, reworded): "SDLP MLA Phil Dunne" where the sources say "the Sinn Féin MLA" Phil Dunne; initials and roles are left alone', () => {
      const index = indexSources([{ path: 's.txt', text: 'The Westfield MLA Phil Dunne posted the tweet in May. The MP said Phil Dunne had admitted the claim was untrue. The apology will state that the Sinn Féin MLA accepts this.' }]);
      const names = (draft: string) => only(checkDraft(draft, index).findings, 'unsupported-name').map(f => f.actual);
      assert.deepEqual(names('SDLP MLA Phil Dunne will apologise to the MP.'), ['SDLP MLA Phil Dunne']);
      assert.deepEqual(names('Sinn Féin MLA Phil Dunne will apologise to the MP.'), []);
      assert.deepEqual(names('Politician Phil Dunne will apologise to the MP.'), []);
    });
  });

  describe('severity', () => {
    it('options.rules: "error" upgrades and "off" removes the finding (summedits-news-63f9455b8d931ba6e664fb9e_8)', () => {
      const x = dev.OLEATO_FRANCE;
      assert.deepEqual(checkExcerpt(x, x.draft, { rules: { 'unsupported-name': 'error' } }).map(f => [f.rule, f.severity, f.actual]), [['unsupported-name', 'error', 'France']]);
      assert.deepEqual(checkExcerpt(x, x.draft, { rules: { 'unsupported-name': 'off' } }), []);
    });
  });
});
