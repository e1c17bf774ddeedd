// How figures are written (probe21, probe22 on dev articles, reworded): short years ("’84", "2014–16"), number words
// ("twenty-first", "one hundred and twenty", "a year-and-a-half"), thousands grouped with thin spaces, "¥", "kilos",
// "°F" and "pc". A faithful draft gains no flag from the form; a changed figure in that form is still caught.
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
  describe('times written short in a results table', () => {
    it('probe17 p17-018 and probe19 p19-073 (frank-bbc Giro reports, reworded): "4hrs 24mins 59secs" is 4.42 hours, "+5secs" five seconds, a scraped list\'s number glued on or not', () => {
      const source = '1. Ana Ruiz (Spa/Movistar) 4hrs 24mins 59secs2. Lia Conti (Ita/Bahrain) +5secs3. Eva Sanz (Spa/Astana) +10secs';
      assert.deepEqual(flags(source, 'Ruiz won the stage in just under four and a half hours, five seconds ahead of Conti.'), []);
      assert.deepEqual(flags(source, 'Ruiz won the stage in 4hrs 24mins 59secs.'), []);
      assert.deepEqual(flags(source, 'Ruiz won the stage in 4hrs 25mins 59secs.'), ['unsupported-number:4hrs 25mins 59secs']);
      assert.deepEqual(numbers('He took 2hr 5min, then 40secs more.'), [['2hr 5min', 125 / 60, 'hour'], ['40secs', 40, 'second']]);
      // A time of day and a figure of metres or millions are no durations.
      assert.deepEqual(numbers('They met at 1800hrs.'), []);
      assert.deepEqual(numbers('It cost 5m.'), [['5m', 5, 'm']]);
    });
  });

  describe('"a decade", "a century"', () => {
    it('probe17 p17-035 (xsumfaith-17592709, reworded): "a decade ago" is ten years either way; a changed span is caught', () => {
      assert.deepEqual(flags('The charity was established a decade ago in Leeds.', 'The charity was set up about ten years ago in Leeds.'), []);
      assert.deepEqual(flags('The charity was set up ten years ago in Leeds.', 'The charity was established a decade ago in Leeds.'), []);
      assert.deepEqual(flags('The charity was set up six years ago in Leeds.', 'The charity was established a decade ago in Leeds.'), ['unsupported-number:a decade']);
      assert.deepEqual(numbers('It stood for a century.'), [['a century', 1, 'century']]);
    });
  });

  describe('years written short', () => {
    // probe22 p22-015b, frank-bbc-36738377: "won the junior title in ’61" for the source's "in 1961".
    const source = 'Ms Kerr won the county junior title in 1961. She retired six years later.';

    it('reads "in ’61" and "in \'61" as 1961, and a changed one as another year', () => {
      assert.deepEqual(flags(source, 'Ms Kerr won the county junior title in ’61.'), []);
      assert.deepEqual(flags(source, "Ms Kerr won the county junior title in '61."), []);
      assert.deepEqual(flags(source, 'Ms Kerr won the county junior title in ’63.'), ['date-mismatch:’63']);
      assert.deepEqual(extractDates('the 2008 final and the ’05 one', 0).map(d => d.year), [2008, 2005]);
      // A decade is no year: "the ’90s" for "the 1990s".
      assert.deepEqual(flags('The band formed in the 1990s in Leeds.', 'The band formed in the ’90s in Leeds.'), []);
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

  describe('number words', () => {
    // probe22 p22-x06 and p22-y11: "the twenty-second seed" was read as twenty seconds.
    it('reads compound ordinal words, "twenty-first" to "ninety-ninth"', () => {
      const seed = 'Spanish 22nd seed Feliciano Lopez lost to the Croatian in four sets.';
      assert.deepEqual(flags(seed, 'Feliciano Lopez, the twenty-second seed, lost in four sets.'), []);
      assert.deepEqual(flags(seed, 'Feliciano Lopez, the twenty-third seed, lost in four sets.'), ['number-mismatch:twenty-third']);
      assert.deepEqual(numbers('a twenty-first-century problem'), [['twenty-first-century', 21, 'th']]);
      // After "a", "-second" is the unit: "a thirty-second advert" lasts half a minute.
      assert.deepEqual(numbers('a thirty-second advert'), [['thirty-second', 30, 'second']]);
    });

    // probe22 p22-x30 and confirm #11: "one hundred and twenty players" for "120 players".
    it('reads "one hundred and twenty" and "a hundred and thirty" as one figure', () => {
      const club = 'The academy has 120 players and 14 coaches, the club said.';
      assert.deepEqual(flags(club, 'One hundred and twenty players train at the academy, the club said.'), []);
      assert.deepEqual(flags(club, 'One hundred and fifty players train at the academy, the club said.'), ['number-mismatch:One hundred and fifty']);
      assert.deepEqual(numbers('a hundred and thirty pupils'), [['a hundred and thirty', 130, undefined]]);
    });

    // probe21 p21-040b, xsumfaith-38316455; probe22 p22-025b, frank-bbc-38316455: the source's "a year-and-a-half".
    it('reads "a year-and-a-half" and "two-and-a-half years" hyphenated in the source, and "1½ years" in the draft', () => {
      const talks = 'Helen Price said the council had held talks with the builder for a year-and-a-half before the plan was agreed.';
      assert.deepEqual(flags(talks, 'Ms Price said the council had held talks with the builder for a year and a half.'), []);
      assert.deepEqual(flags(talks, 'Ms Price said the council had held talks with the builder for 1½ years.'), []);
      assert.deepEqual(flags(talks, 'Ms Price said the council had held talks with the builder for 18 months.'), []);
      assert.deepEqual(flags(talks, 'Ms Price said the council had held talks with the builder for two years.'), ['number-mismatch:two years']);
      const jail = 'The banker was jailed for two-and-a-half years in September.';
      assert.deepEqual(flags(jail, 'The banker was jailed for two and a half years in September.'), []);
      assert.deepEqual(numbers('a two-and-a-half-year deal'), [['two-and-a-half-year', 2.5, 'year']]);
    });

    it('probe17 p17-130 (an xsumfaith article on an art prize, reworded): "biennial" is every two years', () => {
      const prize = 'Established in 1957, the biennial Harbrook Painting Prize is one of Britain\'s oldest art awards.';
      assert.deepEqual(flags(prize, 'The prize, held every two years, was established in 1957.'), []);
      assert.deepEqual(flags(prize, 'The prize, held every three years, was established in 1957.'), ['unsupported-number:three years']);
      assert.deepEqual(numbers('a triennial festival'), [['triennial', 3, 'year']]);
    });

    it('probe25 (an xsumfaith report, reworded): reads a source\'s "four and half years" without its "a" as 4.5 years', () => {
      const post = 'The council said the director had made a valuable contribution during his four and half years in the post.';
      assert.deepEqual(flags(post, 'The director spent four and a half years in the post.'), []);
      assert.deepEqual(flags(post, 'The director spent four years in the post.'), ['number-mismatch:four years']);
      assert.deepEqual(numbers('two and half million pounds'), [['two and half million pounds', 2_500_000, 'GBP']]);
    });

    // probe22 FA2 (fraction signs after a figure or alone): "2¼ hours" for "two and a quarter hours", "¾ of" a share.
    it('reads "two and a quarter hours", and a fraction sign alone before "of" as a share', () => {
      const trip = 'The journey took two and a quarter hours, police said.';
      assert.deepEqual(flags(trip, 'The journey took 2¼ hours, police said.'), []);
      assert.deepEqual(flags(trip, 'The journey took 2½ hours, police said.'), ['number-mismatch:2½ hours']);
      assert.deepEqual(flags('About 75% of members voted for the strike.', '¾ of members voted for the strike.'), []);
      assert.deepEqual(flags('Turnout fell by 33% in the city.', 'Turnout fell by ⅓ in the city.'), []);
    });
  });

  describe('thousands grouped with spaces', () => {
    // probe22 p22-005b, frank-bbc-32221351: "£3 000" with a thin space (U+2009); p22-x21: "$1 836.18".
    it('joins groups after a thin or narrow no-break space, and a last group with decimals', () => {
      const fine = 'The firm was fined £3,000 and ordered to pay £1,836.18 in costs.';
      assert.deepEqual(flags(fine, 'The firm was fined £3\u2009000 and ordered to pay £1\u2009836.18 in costs.'), []);
      assert.deepEqual(flags(fine, 'The firm was fined £3\u202f000 and ordered to pay £1 836.18 in costs.'), []);
      assert.deepEqual(numbers('a bill of $2\u00a0415.60 in all'), [['$2\u00a0415.60', 2415.6, 'USD']]);
    });
  });

  describe('units', () => {
    // probe22 p22-032b, frank-bbc-33751212: "¥700,000" for "700,000 yuan".
    it('reads "¥" as yen or yuan', () => {
      const yuan = 'The vase was valued at up to 700,000 yuan by the auction house.';
      assert.deepEqual(flags(yuan, 'The vase was valued at up to ¥700,000 by the auction house.'), []);
      assert.deepEqual(flags('The bonds were worth 450,000 yen.', 'The bonds were worth ¥450,000.'), []);
      assert.deepEqual(flags(yuan, 'The vase was valued at up to ¥800,000 by the auction house.').length, 1);
    });

    // probe22 p22-x04: "26 kilos" for "58lb (26kg)".
    it('reads "kilos" as kilograms', () => {
      const dog = 'The dog weighed 58lb (26kg) when it was found.';
      assert.deepEqual(flags(dog, 'The dog weighed 26 kilos when it was found.'), []);
      assert.deepEqual(flags(dog, 'The dog weighed 28 kilos when it was found.').length, 1);
    });

    // probe22 p22-y01, p22-y02 and confirm_miss #11: "31°F" where the source says 31C.
    it('reads "°C", "°F" and "degrees Celsius" as temperatures', () => {
      const heat = 'Temperatures are expected to peak at 31C on Friday.';
      assert.deepEqual(flags(heat, 'Temperatures are expected to peak at 31°C on Friday.'), []);
      assert.deepEqual(flags(heat, 'Temperatures are expected to peak at 31 degrees Celsius on Friday.'), []);
      assert.deepEqual(flags(heat, 'Temperatures are expected to peak at 31°F on Friday.'), ['number-mismatch:31°F']);
    });

    // probe22 p22-x20, p22-y12 and confirm_miss #12: "4.75pc" was dropped as a code.
    it('reads "pc" after a figure as per cent, and "PC Smith" as no figure', () => {
      const rate = 'The bank raised its main rate to 4.75% on Thursday.';
      assert.deepEqual(flags(rate, 'The bank raised its main rate to 4.75pc on Thursday.'), []);
      assert.deepEqual(flags(rate, 'The bank raised its main rate to 4.5pc on Thursday.'), ['number-mismatch:4.5pc']);
      assert.deepEqual(numbers('up 3 pc on the year'), [['3 pc', 3, '%']]);
      assert.deepEqual(numbers('PC Smith said a PC was stolen'), []);
    });
  });
});
