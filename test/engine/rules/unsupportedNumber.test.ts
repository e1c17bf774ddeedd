// unsupported-number end to end (indexSources + checkDraft): a quantity or date that no source states in any form is
// flagged at its words, as a warning; a quantity the sources state in another form, or work out (a difference of two
// source figures), and small counts in words are not.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import * as dev from '../../fixtures/dev-excerpts';
import { checkExcerpt, checkSeed, only, spanOf, summary } from './ruleHelpers';

describe('rule unsupported-number', () => {

  describe('with several sources, a figure only another story gives', () => {
    // probe20 (roundups of two or three dev articles, reworded): the striker is 25; "31" is another player's age in
    // another source, and "15 league goals" a third story's.
    const sources = [
      { path: 'loan.txt', text: "Madrid will not take up their £6million purchase option on Pedro Alves. Lazio, Porto and Everton are among clubs interested in the 25-year-old. The striker will return to Leeds at the end of this season.\n" },
      { path: 'contract.txt', text: 'Despite the fact Okafor turns 31 next month, Inter are ready to give him a deal that will see him play beyond his 36th birthday.\n' },
      { path: 'form.txt', text: 'Ribot is not yet fully fit following a five-week absence. Benz has scored 15 league goals and six in the cup this season.\n' },
    ];
    const index = indexSources(sources);
    const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => [f.rule, f.actual, f.evidence[0]?.source === 'loan.txt']);

    it('is flagged in a sentence whose evidence is all in one source', () => {
      assert.deepEqual(flags('The 31-year-old striker will return to Leeds at the end of the season.'), [['unsupported-number', '31-year-old', true]]);
      assert.deepEqual(flags('The 25-year-old striker will return to Leeds at the end of the season.'), []);
    });

    it('a date too: the loan story says no Tuesday', () => {
      const two = indexSources([
        { path: 'loan.txt', text: 'Pedro Alves scored the winner against Sevilla on Sunday. The striker will return to Leeds at the end of this season.\n' },
        { path: 'cup.txt', text: 'Inter beat Roma on Tuesday to reach the cup final in May.\n' },
      ]);
      const dated = (draft: string) => checkDraft(draft, two, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(dated('The striker will return to Leeds on Tuesday.'), ['Tuesday']);
      assert.deepEqual(dated('Pedro Alves scored the winner against Sevilla on Sunday, and Inter beat Roma on Tuesday.'), []);
    });

    it('is stated where the sentence draws on that story too', () => {
      assert.deepEqual(flags('Okafor turns 31 next month, and Inter will offer him a deal beyond his 36th birthday.'), []);
      assert.deepEqual(flags('Lazio want Alves, and Benz has scored 15 league goals this season.'), []);
    });
  });

  describe('with several sources, a sentence joining two or three stories', () => {
    it('probe20 p20-x10 (frank-bbc and cliff-xsum business stories, reworded): each figure is stated by its own story, though one story\'s sentences lead the candidates', () => {
      const index = indexSources([
        { path: 'feeds.txt', text: 'Moray-based Corran Feeds saw pre-tax profit rise by £600,000, to £4.5m, in the year to the end of June.\n' },
        { path: 'stores.txt', text: 'Home Goods Group said like-for-like sales at Brightmart fell 1.3% in the nine weeks to 2 March. Total sales at Brightmart rose 2.1% to £615m in the nine-week period as demand for garden goods offset weaker toys.\n' },
        { path: 'knitwear.txt', text: 'The knitwear maker has raised its output to 8,200 jumpers each week, from about 6,000 last year, to keep up with orders. Selkirk Wool, which employs more than 180 staff, has also raised its output of jumpers.\n' },
      ]);
      const flags = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(flags('Corran Feeds made a pre-tax profit of £4.5m, while total sales at Brightmart rose 2.1% to £615m in nine weeks and Selkirk Wool now makes 8,200 jumpers a week.'), []);
      // The knitwear story's figure in a sentence that draws on the stores story alone is another story's.
      assert.deepEqual(flags('Total sales at Brightmart rose 2.1% to £615m, or 8,200 a week, in the nine-week period.'), ['8,200']);
    });
  });

  describe('no arithmetic on ages', () => {
    it('frank-cnndm-71530c72…-bart: "died aged 85" is not 84 plus the "1" of a list that follows', () => {
      const index = indexSources([{ path: 's.txt', text: 'Richie Benaud died at the age of 84 after battling skin cancer 1. BALL OF THE CENTURY.\n' }]);
      const found = checkDraft('Richie Benaud has died aged 85.', index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info');
      assert.deepEqual(found.map(f => f.actual), ['85']);
      assert.deepEqual(checkDraft('Richie Benaud has died aged 84.', index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info'), []);
    });
  });

  describe('no arithmetic of a duration with a count of something else', () => {
    it('probe24 (a cliff court report, reworded): "four years" and "her two sons" make no "six years"', () => {
      const index = indexSources([{ path: 's.txt', text: 'In October a lorry driver named Kroker was jailed for four years after he admitted using his phone at the wheel. Distracted, he crashed into several cars and killed Jane Hill, her two sons and her stepdaughter.' }]);
      const check = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(check('Kroker was jailed for six years after killing Jane Hill, her two sons and her stepdaughter.'), ['six years']);
      assert.deepEqual(check('Kroker was jailed for four years after killing Jane Hill, her two sons and her stepdaughter.'), []);
    });
  });

  describe('a percentage worked out from two figures of the draft\'s own sentence', () => {
    it('probe17 p17-108 (an xsumfaith article, reworded): "from $1m to $50,000, a reduction of 95%" where the source gives the two figures apart; 90% is flagged', () => {
      const index = indexSources([{ path: 's.txt', text: 'Cas overturned the ban and cut the fine to $50,000. The original fine was $1m.' }]);
      const check = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(check('Cas overturned the ban and cut the fine from $1m to $50,000, a reduction of 95%.'), []);
      assert.deepEqual(check('Cas overturned the ban and cut the fine from $1m to $50,000, a reduction of 90%.'), ['90%']);
    });
  });

  describe('no arithmetic across a score and another figure', () => {
    // Probe passage after frank-cnndm-f673f439…: 13 − 2 had passed as a difference the writer worked out.
    const source = 'Bayern beat Hoffenheim 2-0 on Saturday. Bayern opened a 13-point lead over Wolfsburg.\n';
    const check = (draft: string) => checkDraft(draft, indexSources([{ path: 's.txt', text: source }]), { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
    it('"11 points clear" is no difference of the 13-point lead and a goal of the 2-0 win', () => {
      assert.deepEqual(check('Bayern moved 11 points clear of Wolfsburg.'), ['11']);
      assert.deepEqual(check('Bayern moved 13 points clear of Wolfsburg.'), []);
    });
    it('the two goals of one score still give its margin: "by 3 goals" for 4-1', () => {
      const index = indexSources([{ path: 's.txt', text: 'Bayern beat Hoffenheim 4-1 on Saturday. Bayern opened a 13-point lead over Wolfsburg.\n' }]);
      const found = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(found('Bayern beat Hoffenheim by 3 goals on Saturday.'), []);
      assert.deepEqual(found('Bayern beat Hoffenheim by 12 goals on Saturday.'), ['12']);
    });
  });

  describe('the name of a form of the game', () => {
    it('frank-bbc-37204235-TranS2S: "the one-day cup" is no duration', () => {
      const index = indexSources([{ path: 's.txt', text: 'Yorkshire were all out for 236. They lost to Surrey by 19 runs.\n' }]);
      const found = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(found("Yorkshire's hopes of reaching the semi-finals of the one-day cup were dented."), []);
      assert.deepEqual(found('Yorkshire were out after a one-day delay.'), ['one-day']);
    });
  });

  describe('a duration the source gives in two units', () => {
    it('xsumfaith-40540127 (source): "159 minutes" and "over two and a half hours" for "two hours and 39 minutes"; "169 minutes" is not', () => {
      const x = dev.MURRAY_DURATION;
      assert.deepEqual(checkExcerpt(x), []);
      assert.deepEqual(checkExcerpt(x, 'Murray won in over two and a half hours.'), []);
      assert.deepEqual(summary(checkExcerpt(x, 'Murray won in 169 minutes.')), [['unsupported-number', '169 minutes', undefined]]);
    });
  });
  describe('flags a quantity or date no source states, at its words', () => {
    it('seed: "About 40 million" rockets, where the source says only "Tens of millions"', () => {
      const text = '- About 40 million outdated rockets and artillery shells could be found in North Korea.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['unsupported-number', '40 million', undefined]]);
      const f = found[0];
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.span, spanOf(text, '40 million'));
      assert.deepEqual(f.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 18 } });
      assert.equal(f.message, '"40 million" is not stated in any source.');
      assert.equal(f.evidence[0].source, 'article.txt');
      assert.match(f.evidence[0].quote, /^Tens of millions of outdated rockets and artillery shells with Soviet-inspired designs could be found in North Korea/);
      assert.equal(f.evidence[0].range.start.line, 7);
    });

    it('seed: a date the article never gives, "13 September 2023"', () => {
      const text = '- On 13 September 2023, Putin welcomed Kim to Russia to discuss economic cooperation.\n';
      const found = checkSeed(text);
      assert.deepEqual(summary(found), [['unsupported-number', '13 September 2023', undefined]]);
      assert.deepEqual(found[0].span, spanOf(text, '13 September 2023'));
      assert.equal(found[0].message, 'The date "13 September 2023" is not stated in any source.');
      assert.match(found[0].evidence[0].quote, /^Economic cooperation, humanitarian concerns, and the “situation in the region” were among the topics/);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9f_13 (varied): detention "for 60 days", which no source states', () => {
      const x = dev.TATE_60_DAYS;
      const text = 'Andrew Tate and his brother must stay in detention for 60 days while investigators look into the accusations.';
      const found = checkExcerpt(x, text);
      assert.deepEqual(summary(found), [['unsupported-number', '60 days', undefined]]);
      assert.deepEqual(found[0].span, spanOf(text, '60 days'));
      assert.equal(found[0].message, '"60 days" is not stated in any source.');
    });

    it('summedits-news-63f9455b8d931ba6e664fb9f_13: "another 60 days" where the source says "another 30 days" is a number-mismatch instead', () => {
      const x = dev.TATE_60_DAYS;
      assert.deepEqual(summary(checkExcerpt(x)), [['number-mismatch', '60 days', '30 days']]);
    });

    it('xsumfaith-37565125-BERTS2S: died "at the age of 89" where the article says 66', () => {
      const x = dev.TEMPERTON_AGE;
      const found = only(checkExcerpt(x), 'unsupported-number');
      assert.deepEqual(summary(found), [['unsupported-number', '89', undefined]]);
      assert.deepEqual(found[0].span, { start: 86, end: 88 });
    });

    it('xsumfaith-38955255-BERTS2S: winds "of up to 90mph" where the article says gusts of up to 75mph', () => {
      const x = dev.GALES_MPH;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['unsupported-number', '90mph', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '90mph'));
    });

    it('frank-bbc-35082344-BERTS2S: a pound conversion "( £800m )" the article never gives, next to the "$ 1bn" it does', () => {
      const x = dev.AI_PLEDGE;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['unsupported-number', '£800m', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '£800m'));
      assert.equal(found[0].message, '"£800m" is not stated in any source.');
    });

    it('summedits-news-63f9455b8d931ba6e664fb9c_0: "over 60 others missing", a bound, is not read as the sum 57 + 3 of two source figures', () => {
      const x = dev.MINE_SIXTY;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['unsupported-number', '60', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '60'));
    });

    it('xsumfaith-35548510-PtGen: "at least 10 people", a count, is not stated by the "(12 miles)" of a distance', () => {
      const x = dev.ISTANBUL_TEN_PEOPLE;
      const found = checkExcerpt(x);
      assert.deepEqual(summary(found), [['unsupported-number', '10', undefined]]);
      assert.deepEqual(found[0].span, spanOf(x.draft, '10'));
      // The distance itself, in either unit or hedged, and a temperature with its unit left off, are stated.
      assert.deepEqual(checkExcerpt(x, 'The offices are 12 miles apart, Istanbul police said.'), []);
      assert.deepEqual(checkExcerpt(x, 'The offices are about 20 kilometres apart, Istanbul police said.'), []);
      assert.deepEqual(checkExcerpt({ ...x, source: 'Temperatures in London reached 40C on Tuesday.' }, 'Temperatures in London reached 40 on Tuesday.'), []);
    });
  });

  describe('does not flag a quantity the sources state or imply', () => {
    it('seed: small counts in words and ordinals ("The two leaders", "two officials", "its first")', () => {
      assert.deepEqual(checkSeed('- The two leaders then had separate meetings with each other and their delegations.\n'), []);
      assert.deepEqual(checkSeed('- Kim was accompanied by two officials, Pak Thae Song and Navy Adm. Kim Myong Sik.\n'), []);
      assert.deepEqual(checkSeed('- North Korea has repeatedly failed to launch its first military spy satellite into orbit in recent months.\n'), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb8b (source): a difference of two source figures, "413 have survived"', () => {
      assert.deepEqual(checkExcerpt(dev.BIRD_FLU_OG, 'Of the 870 people infected worldwide, 413 have survived.'), []);
    });

    it('no difference with the figure the draft\'s stands in place of: "130 the year before" for "170 the year before" is not 170 − 40 (probe21 p21-030c, xsumfaith-36729220)', () => {
      const index = indexSources([{ path: 's.txt', text: 'A coroner criticised the trust on Tuesday. The agency said 40 patients were sent out of the county in 2020, 170 the year before, when a ward was shut for four months, and 90 the year before that.' }]);
      const flagged = (draft: string) => checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-number').map(f => f.actual);
      assert.deepEqual(flagged('That figure was 130 the year before, when a ward was shut for four months.'), ['130']);
      assert.deepEqual(flagged('That figure was 170 the year before, when a ward was shut for four months.'), []);
      // The draft's own arithmetic, its figure in a place of its own, still stands.
      assert.deepEqual(flagged('The agency said 130 fewer patients were sent out of the county in 2020 than the year before.'), []);
    });

    it('summedits-news-63f9455b8d931ba6e664fb9e (source): "in 2018" and "its 20 Italian stores" fused from two source sentences', () => {
      assert.deepEqual(checkExcerpt(dev.OLEATO_OG, 'Starbucks, which opened its first Italian branch in 2018, is debuting olive oil drinks in its 20 Italian stores.'), []);
    });

    it('consistent records with figures in another form: xsumfaith-35412241-Gold, xsumfaith-16679938-Gold, frank …1d7b60fb…-bert_sum, frank …068f5298…-bus', () => {
      assert.deepEqual(only(checkExcerpt(dev.RHINOS_BILL), 'number-mismatch', 'unsupported-number'), []);
      assert.deepEqual(only(checkExcerpt(dev.POW_AGE), 'number-mismatch', 'unsupported-number'), []);
      assert.deepEqual(only(checkExcerpt(dev.WAITROSE_PREMIUM), 'number-mismatch', 'unsupported-number'), []);
      assert.deepEqual(only(checkExcerpt(dev.DIVORCE_PERCENT), 'number-mismatch', 'unsupported-number'), []);
    });
  });

  describe('arithmetic the draft did within one source sentence', () => {
    function flagged(source: string, draft: string): string[] {
      const index = indexSources([{ path: 's.txt', text: source }]);
      return checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.rule === 'unsupported-number').map(f => f.actual);
    }

    it('a percentage change or share of two figures of one kind: "rose 20%" from 100,000 to 120,000, "fell 20%" from $50 to $40', () => {
      assert.deepEqual(flagged('Sales rose from 100,000 units to 120,000 units.', 'Sales rose 20% to 120,000 units.'), []);
      assert.deepEqual(flagged('The share price fell from $50 to $40.', 'The share price fell 20% to $40.'), []);
      assert.deepEqual(flagged('Of the 200 staff, 50 were laid off.', 'A quarter of the staff, 25%, were laid off.'), []);
      assert.deepEqual(flagged('The share price fell from $50 to $40.', 'The share price fell 25% to $40.'), ['25%']);
    });

    it('the years between two years of a sentence: "served eight years" from 2010 to 2018, "died at 60" born 1960, died 2020', () => {
      assert.deepEqual(flagged('He served as mayor from 2010 to 2018.', 'He served as mayor for eight years.'), []);
      assert.deepEqual(flagged('He was born in 1960 and died in 2020.', 'He died at the age of 60.'), []);
      assert.deepEqual(flagged('He served as mayor from 2010 to 2018.', 'He served as mayor for nine years.'), ['nine years']);
    });

    it('nothing worked out to zero, and no rank added up: the "0" of a "2-0 win" (xsumfaith-38595401-TConvS2S)', () => {
      // The source's "Two" and "a second" differ by nothing: that does not state a nil score. The score is read
      // whole (scoreMismatch), against the evidence's 29-12.
      const x = dev.REDRUTH_SCORE;
      const found = checkExcerpt(x).filter(f => f.rule === 'number-mismatch' || f.rule === 'unsupported-number');
      assert.deepEqual(summary(found), [['number-mismatch', '2-0', '29-12']]);
    });

    it('not across sentences: two years of different sentences meet by chance (the span "in four years" of cliff-xsum-35419902-BART)', () => {
      const source = 'Gatland won a first Grand Slam as coach in 2008.\nHe guided Wales to a second Grand Slam in 2012.\n';
      assert.deepEqual(flagged(source, 'Gatland is relishing the prospect of a third Grand Slam in four years.'), ['four years']);
    });
  });

  describe('ranges', () => {
    const source = 'Between 10 and 20 people were hurt. Officials said 30-40 homes were damaged. The repairs will take 6 to 8 weeks.';
    function findings(draft: string): string[] {
      const index = indexSources([{ path: 's.txt', text: source }]);
      return checkDraft(draft, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} ${f.actual}`);
    }

    it('a hedged figure within a source\'s range is stated: "about 15", "some 35 homes", "about seven weeks"', () => {
      assert.deepEqual(findings('About 15 people were hurt.'), []);
      assert.deepEqual(findings('Some 35 homes were damaged.'), []);
      assert.deepEqual(findings('The repairs will take about seven weeks.'), []);
    });

    it('a precise figure within it is not stated, and is no mismatch either; one outside is', () => {
      assert.deepEqual(findings('12 people were hurt.'), ['unsupported-number 12']);
      assert.deepEqual(findings('About 25 people were hurt.'), ['unsupported-number 25']);
    });
  });

  describe('severity', () => {
    it('options.rules: "error" upgrades and "off" removes the finding (summedits-news-63f9455b8d931ba6e664fb9f_13, varied)', () => {
      const x = dev.TATE_60_DAYS;
      const text = 'Andrew Tate and his brother must stay in detention for 60 days while investigators look into the accusations.';
      assert.deepEqual(checkExcerpt(x, text, { rules: { 'unsupported-number': 'error' } }).map(f => [f.rule, f.severity, f.actual]), [['unsupported-number', 'error', '60 days']]);
      assert.deepEqual(checkExcerpt(x, text, { rules: { 'unsupported-number': 'off' } }), []);
    });
  });
});
