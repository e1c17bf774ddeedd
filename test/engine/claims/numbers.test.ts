// Quantities: extraction with exact spans and values from real sentences (the seed article and news sentences of the
// dev data, some shortened), and when two quantities state the same thing.
import { strict as assert } from 'node:assert';
import { analyseSentence } from '../../../server/src/engine/claims';
import { comparableUnits, numbersAgree, valuesAgree, type NumberClaim } from '../../../server/src/engine/numbers';

/** The quantities of one sentence (dates already taken out, as the engine does). */
function numbers(text: string): NumberClaim[] {
  return analyseSentence({ start: 0, end: text.length, text, block: 'paragraph' }).numbers;
}

/** The one quantity of `text` written as `words`. */
function quantity(text: string, words: string): NumberClaim {
  const found = numbers(text).filter(n => n.text === words);
  assert.equal(found.length, 1, `expected one quantity "${words}" in "${text}", got ${JSON.stringify(numbers(text).map(n => n.text))}`);
  return found[0];
}

/** What a test compares: the words, where they are, the value and the unit. */
function brief(text: string): Array<[string, number, number, string?]> {
  return numbers(text).map(n => {
    assert.equal(text.slice(n.start, n.end), n.text, 'the span covers exactly the written words');
    return n.unit ? [n.text, n.start, n.value, `${n.unit.family}:${n.unit.unit}`] : [n.text, n.start, n.value];
  });
}

describe('claims: numbers', () => {
  describe('extraction', () => {
    it('reads no number word from Object\'s own names: "twenty constructor teams" is 20', () => {
      assert.deepEqual(numbers('twenty constructor teams entered, and toString hasOwnProperty valueOf stayed words.').map(n => [n.text, n.value]), [['twenty', 20]]);
    });

    it('reads a span an adjective qualifies and the count a hyphen joins (frank-cnndm-f673f439…, cliff-xsum-19577896)', () => {
      assert.deepEqual(brief('It stayed flat after three previous years of increases.'), [['three previous years', 21, 3, 'time:year']]);
      assert.equal(quantity('Bayern opened a 13-point lead over Wolfsburg.', '13-point').noun, 'point');
      assert.equal(quantity('Bayern are 13 points clear.', '13').noun, 'point');
      assert.equal(quantity('He served a three-game ban.', 'three-game').noun, 'game');
    });

    it('reads "two and a half thousand", "one and a half million", "a year and a half", "a fortnight", "nine blistering minutes", "magnitude-6.2", "20 per cent-25 per cent" (probe14)', () => {
      assert.deepEqual(brief('It employs two and a half thousand people.'), [['two and a half thousand', 11, 2500]]);
      assert.deepEqual(brief('It employs one and a half million people.'), [['one and a half million', 11, 1500000]]);
      assert.deepEqual(brief('It took one and a half years.'), [['one and a half years', 8, 1.5, 'time:year']]);
      assert.deepEqual(brief('They were married for a year and a half.'), [['a year and a half', 22, 1.5, 'time:year']]);
      assert.deepEqual(brief('The works took a fortnight.'), [['a fortnight', 15, 1, 'time:fortnight']]);
      assert.deepEqual(brief('In nine blistering minutes they scored twice.'), [['nine blistering minutes', 3, 9, 'time:minute']]);
      assert.deepEqual(brief('It is 30 light years away.'), [['30', 6, 30]]);
      assert.deepEqual(brief('A magnitude-6.2 earthquake struck.'), [['6.2', 12, 6.2]]);
      assert.equal(quantity('A magnitude-6.2 earthquake struck.', '6.2').noun, 'magnitud');
      assert.deepEqual(brief('Covid-19 spread.'), []);
      assert.deepEqual(brief('Expect a 20 per cent-25 per cent rise.'), [['20 per cent', 9, 20, 'percent:%'], ['25 per cent', 21, 25, 'percent:%']]);
    });

    it('reads "a hundred", "a quarter of a million"; no bound in "built up to"; no number in "the Nine Elms development" (probe13)', () => {
      assert.deepEqual(numbers('More than a hundred MPs met, and a quarter of a million people need one.').map(n => [n.text, n.value, n.hedge]), [['a hundred', 100, 'over'], ['a quarter of a million', 250_000, undefined]]);
      assert.equal(quantity('He built up to 2,500 sit-ups daily.', '2,500').hedge, undefined);
      assert.equal(quantity('He can do up to 2,500 sit-ups daily.', '2,500').hedge, 'under');
      // probe18 (a goyal21-xsum article, reworded): "in excess of £500,000" is more than it.
      assert.equal(quantity('His salary, in excess of £500,000 a year, falls outside the cap.', '£500,000').hedge, 'over');
      assert.deepEqual(numbers('Leheup, a co-ordinator on the Nine Elms Point development, denies it.'), []);
      assert.deepEqual(numbers('Nine English players started the final.').map(n => n.value), [9]);
    });

    it('reads digits with thousands separators and decimals', () => {
      const s = 'The existing fund had 1,000,000 members and paid out 3.5 times as much.';
      assert.deepEqual(brief(s), [['1,000,000', 22, 1_000_000], ['3.5', 53, 3.5]]);
      const [million, decimal] = numbers(s);
      assert.equal(million.sig, 1);
      assert.equal(decimal.sig, 2);
      assert.equal(million.words, false);
    });

    it('reads number words: compounds, "hundred and", "thousand", teens', () => {
      const s = 'Twenty-five people were hurt and two hundred and fifty thousand were evacuated, while eighteen were arrested.';
      assert.deepEqual(brief(s), [['Twenty-five', 0, 25], ['two hundred and fifty thousand', 33, 250_000], ['eighteen', 86, 18]]);
      assert.ok(numbers(s).every(n => n.words));
    });

    it('reads money with a currency sign or code and a scale word or suffix', () => {
      assert.deepEqual(brief('The club paid £3.5m for the striker, and $45 million was spent on the stadium.'), [
        ['£3.5m', 14, 3_500_000, 'money:GBP'],
        ['$45 million', 41, 45_000_000, 'money:USD'],
      ]);
      assert.deepEqual(brief('The bank lent US$ 40 million to the firm, and the EU pledged €2bn to the fund.'), [
        ['US$ 40 million', 14, 40_000_000, 'money:USD'],
        ['€2bn', 61, 2_000_000_000, 'money:EUR'],
      ]);
      // Dollars named by their country, whose name is then no name of its own.
      assert.deepEqual(brief('Repairs will cost 50 million Australian dollars.'), [['50 million Australian dollars', 18, 50_000_000, 'money:AUD']]);
      assert.deepEqual(analyseSentence({ start: 0, end: 36, text: 'It cost 50 million Australian dollars.', block: 'paragraph' }).names, []);
    });

    it('reads "#" as the pound sign that XSum/FRANK tokenisation mangled (xsumfaith-35412241-Gold)', () => {
      assert.deepEqual(brief('leeds rhinos rugby league team face a # 1m bill for flood damage.'), [['# 1m', 38, 1_000_000, 'money:GBP']]);
    });

    it('reads percentages written "per cent" and "%" (frank-cnndm-1d7b60fb…-bert_sum, summedits-news-…fba1_og)', () => {
      assert.deepEqual(brief('Homes with the upmarket store nearby cost 12 per cent more – or £38,831 – than those in surrounding areas.'), [
        ['12 per cent', 42, 12, 'percent:%'],
        ['£38,831', 64, 38_831, 'money:GBP'],
      ]);
      assert.deepEqual(brief("The 10-year JGBs touched 0.505% for a second straight session, breaching the BOJ's 0.5% cap."), [
        ['10-year', 4, 10, 'time:year'],
        ['0.505%', 25, 0.505, 'percent:%'],
        ['second', 38, 2, 'ordinal:th'],
        ['0.5%', 83, 0.5, 'percent:%'],
      ]);
    });

    it('reads ordinals in digits and, after a determiner, in words', () => {
      assert.deepEqual(brief('McIlroy finished 21st after going out in the third round of the tournament.'), [
        ['21st', 17, 21, 'ordinal:th'],
        ['third', 45, 3, 'ordinal:th'],
      ]);
      // summedits-news-63f9455b8d931ba6e664fb89_19: "its fourth quarter", "a third quarter".
      assert.deepEqual(brief('The company reported a third quarter decline after its fourth quarter and full year earnings.'), [
        ['third', 23, 3, 'ordinal:th'],
        ['fourth', 55, 4, 'ordinal:th'],
      ]);
      // A quarter of the year ranks without one, and so does a place ("is fourth in line", "finished fifth"); "for the
      // first time" and "the second half" do not.
      assert.deepEqual(brief('For the first time, the second half saw fourth quarter sales rise.'), [['fourth', 40, 4, 'ordinal:th']]);
      assert.deepEqual(brief('He is fourth in line to the throne.'), [['fourth', 6, 4, 'ordinal:th']]);
      assert.deepEqual(brief('Muir finished fifth in the final.'), [['fifth', 14, 5, 'ordinal:th']]);
      // "Came in second place" ranks (so "Delta was second" is stated, and not taken for the "third" of another
      // airline in the sentence); "in the first place" does not.
      assert.deepEqual(brief('Delta came in second place.'), [['second', 14, 2, 'ordinal:th']]);
      assert.deepEqual(brief('It was wrong in the first place.'), []);
    });

    it('does not read a rank in words as a count: "the second quarter" is not the "2" of "2-1" (frank-bbc-37207414-TConvS2S)', () => {
      const rank = quantity('GB led 35-24 on Lawrence\'s three in the second quarter but the Dutch took the lead early in the third.', 'second');
      const score = quantity('they were beaten 2-1 by croatia.', '2');
      assert.equal(numbersAgree(score, rank), false);
      // In digits, a rank and a count of the same thing agree: "an 87th minute winner", "in the 87 minute".
      assert.equal(numbersAgree(quantity('He scored in the 87 minute.', '87 minute'), quantity('He scored an 87th minute winner.', '87th')), true);
    });

    it('reads units of measure, and keeps both readings of "46m" (metres or millions)', () => {
      assert.deepEqual(brief('He lost 20kg while training for the race.'), [['20kg', 8, 20, 'count:kg']]);
      const well = quantity('The 46m well was drilled in the third round of exploration.', '46m');
      assert.equal(well.value, 46);
      assert.equal(well.alt, 46_000_000);
      assert.deepEqual(well.unit, { family: 'count', unit: 'm' });
      // With a currency sign "m" can only be millions: no second reading.
      const fee = quantity('The club paid £46m for the striker.', '£46m');
      assert.equal(fee.value, 46_000_000);
      assert.equal(fee.alt, undefined);
      // Followed by a unit of measure, "m" is millions of it: "1.5m km" is 1.5 million km.
      const orbit = quantity('The telescope sits roughly 1.5m km from Earth.', '1.5m km');
      assert.deepEqual([orbit.value, orbit.alt, orbit.unit], [1_500_000, undefined, { family: 'count', unit: 'km' }]);
      assert.equal(numbersAgree(orbit, quantity('It orbits the Sun about 1.5 million km (930,000 miles) from Earth.', '1.5 million km')), true);
    });

    it('reads "up to 75mph" as a hedged measure (xsumfaith-38955255-BERTS2S)', () => {
      const gust = quantity('It issued a yellow warning of wind, saying gusts of up to 75mph (120kmph) could occur locally.', '75mph');
      assert.deepEqual([gust.start, gust.value, gust.unit, gust.hedge], [58, 75, { family: 'count', unit: 'mph' }, 'under']);
    });

    it('reads a speed written "260-mile-an-hour" as "260mph" (frank-cnndm-cc4729e5…-bart)', () => {
      const draft = quantity('Hargreaves was killed by 260-mile-an-hour winds.', '260-mile-an-hour');
      assert.deepEqual(draft.unit, { family: 'count', unit: 'mph' });
      assert.equal(numbersAgree(draft, quantity('Alison Hargreaves, 32, was swept to her death in 260mph winds on her descent.', '260mph')), true);
    });

    it('reads prices in pence as pounds: "179.1p" is £1.791 (xsumfaith-35773812, frank-cnndm-2d4ca8fe…-bart)', () => {
      const close = quantity('Shares in Home Retail closed down almost 0.5% at 179.1p, but have risen more than 80% this year.', '179.1p');
      assert.deepEqual([close.value, close.unit], [1.791, { family: 'money', unit: 'GBP' }]);
      assert.equal(numbersAgree(quantity('Shares closed at 179.1 pence.', '179.1 pence'), close), true);
      assert.equal(numbersAgree(quantity('Shares closed at £1.79.', '£1.79'), close), true);
      assert.equal(numbersAgree(quantity('Shares fell more than 3 per cent to 383.5p.', '383.5p'), quantity('Shares fell more than 3 per cent to 338.5p.', '338.5p')), false);
      assert.deepEqual(brief('Steinhoff made a 175p-a-share all-cash offer.'), [['175p-a-share', 17, 1.75, 'money:GBP']]);
    });

    it('reads a figure with a fraction sign: "11½ hours" is 11.5 hours (frank-cnndm-947b339a…-bart)', () => {
      const jury = quantity('After deliberating for 11½ hours, jurors found Dzhokhar Tsarnaev guilty on Wednesday of all 30 counts.', '11½ hours');
      assert.deepEqual([jury.start, jury.value, jury.unit?.unit], [23, 11.5, 'hour']);
      assert.equal(numbersAgree(quantity('The jury took eleven and a half hours to reach its verdict.', 'eleven and a half hours'), jury), true);
      assert.equal(numbersAgree(quantity('The jury deliberated for 13½ hours.', '13½ hours'), jury), false);
    });

    it('reads durations: hyphenated, in digits and in words, with their length in days', () => {
      const war = quantity('Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 18-month conflict has depleted.', '18-month');
      assert.deepEqual([war.start, war.value, war.unit], [87, 18, { family: 'time', unit: 'month', days: 30.4375 }]);
      assert.deepEqual(brief('He was jailed for three years and banned from driving for two weeks, and the order runs for 12 months.'), [
        ['three years', 18, 3, 'time:year'],
        ['two weeks', 58, 2, 'time:week'],
        ['12 months', 92, 12, 'time:month'],
      ]);
    });

    it('reads ages: "53-year-old" and "aged 53"', () => {
      assert.deepEqual(brief('A 53-year-old man, aged 53, was arrested.'), [
        ['53-year-old', 2, 53, 'age:years old'],
        ['53', 24, 53, 'age:years old'],
      ]);
    });

    it('does not read times of day or decades as quantities', () => {
      assert.deepEqual(brief('The Daily Politics is on BBC2 from 8pm, with a 6:30 am repeat.'), []);
      // The minutes of a 24-hour time, too (frank-bbc-32504766: the source's "14:48" stated a draft's "forty-eight").
      assert.deepEqual(brief('The ferry left at 14:48 and docked at 16:05.'), []);
      assert.deepEqual(brief('Prices have risen steadily since the 1990s.'), []);
    });

    it('joins a tokenised thousands group: "£50, 000" is 50,000 (xsumfaith-36968311-BERTS2S)', () => {
      assert.deepEqual(brief('a campaign to raise £50, 000 for british troops killed in the iraq war has reached £50, 000.'), [
        ['£50, 000', 20, 50_000, 'money:GBP'],
        ['£50, 000', 83, 50_000, 'money:GBP'],
      ]);
    });

    it('joins a decimal tokenised data split at its point: "43. 31 %", "3, 429. 58", "2. 3 tonnes" (goyal21-xsum-40730958, probe18)', () => {
      assert.deepEqual(brief("he got 50. 07 % of the vote to odinga's 43. 31 %."), [
        ['50. 07 %', 7, 50.07, 'percent:%'],
        ['43. 31 %', 40, 43.31, 'percent:%'],
      ]);
      assert.deepEqual(brief('the index closed at 3, 429. 58, while a jet weighs 2. 3 tonnes.'), [
        ['3, 429. 58', 20, 3429.58],
        ['2. 3 tonnes', 51, 2.3, 'count:tonnes'],
      ]);
      // Not a year before a figure, a time of day, nor a figure with no percentage, scale word or unit after it.
      assert.deepEqual(brief('it closed in 2017. 3 % of it was sold').map(([text, , value]) => [text, value]), [['3 %', 3]]);
      assert.deepEqual(brief('the commons meets at 2. 30 pm today').map(([text]) => text), ['2']);
      assert.deepEqual(brief('she was 43. 31 people came').map(([text]) => text), ['43', '31']);
    });

    it('marks hedged quantities and counts significant digits for rounding', () => {
      const s = 'About 2,000 people attended, and nearly 40 per cent of them were under 25.';
      assert.deepEqual(numbers(s).map(n => [n.text, n.hedge, n.sig]), [['2,000', 'about', 1], ['40 per cent', 'nearly', 1], ['25', 'under', 2]]);
      assert.deepEqual(numbers('The two leaders then had separate meetings with each other and their delegations.').map(n => [n.text, n.value, n.hedge, n.words]), [['two', 2, undefined, true]]);
    });

    it('reads money written "US$300m", "USD 5 billion", "£2.4-billion", and no quantity in "24/7" or "9/11"', () => {
      assert.deepEqual(brief('The deal is worth US$300m.'), [['US$300m', 18, 3e8, 'money:USD']]);
      assert.deepEqual(brief('The firm was valued at USD 5 billion.'), [['USD 5 billion', 23, 5e9, 'money:USD']]);
      assert.deepEqual(brief('The £2.4-billion project was approved.'), [['£2.4-billion', 4, 2.4e9, 'money:GBP']]);
      assert.deepEqual(brief('The shop is open 24/7 since the 9/11 attacks.'), []);
      assert.equal(numbersAgree(quantity('The deal is worth US$300m.', 'US$300m'), quantity('The deal is worth 300 million dollars.', '300 million dollars')), true);
    });

    it('reads "number one" and "No. one" as 1, not "no one" or "one of the" (xsumfaith-37619047-BERTS2S: "world number one" for 29)', () => {
      assert.deepEqual(brief('He is the world number one in tennis.'), [['one', 23, 1]]);
      assert.deepEqual(brief('No one came, and one of the men left.'), []);
      assert.equal(numbersAgree(quantity('The song reached No. 1 in the charts.', '1'), quantity('The song reached number one in the charts.', 'one')), true);
    });

    it('leaves a number inside a date to the date', () => {
      const text = 'The summit took place on 13 September 2023.';
      const a = analyseSentence({ start: 0, end: text.length, text, block: 'paragraph' });
      assert.deepEqual(a.numbers, []);
      assert.equal(a.dates.length, 1);
    });

    it('offsets spans by the sentence start in the document', () => {
      const text = 'In total, 870 people worldwide have been infected, and 457 deaths have been reported in 21 countries.';
      const a = analyseSentence({ start: 1000, end: 1000 + text.length, text, block: 'paragraph' });
      assert.deepEqual(a.numbers.map(n => [n.text, n.start, n.end]), [['870', 1010, 1013], ['457', 1055, 1058], ['21', 1088, 1090]]);
    });
  });

  describe('numbersAgree / valuesAgree', () => {
    it('a hedged or rounded figure agrees with the exact one', () => {
      const exact = quantity('In all, 1,987 people attended.', '1,987');
      assert.equal(numbersAgree(quantity('About 2,000 people attended.', '2,000'), exact), true);
      assert.equal(numbersAgree(quantity('In all, 2,000 people attended.', '2,000'), exact), true);
      assert.equal(numbersAgree(exact, quantity('About 2,000 people attended.', '2,000')), true, 'a precise figure within a hedged source figure is not contradicted');
      assert.equal(numbersAgree(exact, quantity('In all, 2,000 people attended.', '2,000')), false, 'but a round, unhedged source figure does not state a precise one');
      assert.equal(numbersAgree(quantity('In all, 2,600 people attended.', '2,600'), exact), false);
    });

    it('a figure without "about" is rounded only a little, and a rank never (xsumfaith-24553569, xsumfaith-36687249)', () => {
      const germany = quantity("The report also notes that England's vocational system has 18,000 different qualifications, while Germany has 330.", '330');
      const england = quantity("The report also notes that England's vocational system has 18,000 different qualifications, while Germany has 330.", '18,000');
      assert.equal(numbersAgree(quantity('Germany has 300.', '300'), germany), false);
      assert.equal(numbersAgree(quantity('Germany has about 300.', '300'), germany), true);
      assert.equal(numbersAgree(quantity('England has 20,000 qualifications.', '20,000'), england), false);
      assert.equal(numbersAgree(quantity('It has 2,000 staff.', '2,000'), quantity('It has 1,987 staff.', '1,987')), true);
      const rank = quantity('The Argentine is 165th in the rankings after missing more than two years because of injury problems.', '165th');
      assert.equal(numbersAgree(quantity('The Argentine is 200th in the rankings.', '200th'), rank), false);
    });

    it('a count of something is no duration: "12 men" is not "over 11 years" (frank-cnndm-340cf468…-bart)', () => {
      const source = 'A New York woman pleaded not guilty Friday based on charges that she married 10 men over 11 years.';
      assert.equal(numbersAgree(quantity('She married 12 men in 11 years.', '12'), quantity(source, '11 years')), false);
      assert.equal(numbersAgree(quantity('She married 12 men in 11 years.', '11 years'), quantity(source, '11 years')), true);
    });

    it('a small figure is not a rounding of another: 20 pickups are not 19 (summedits-news-…fb8c_og)', () => {
      const source = quantity('The automaker also will voluntarily recall 19 Endurance pickups.', '19');
      assert.equal(numbersAgree(quantity('Lordstown will voluntarily recall 20 Endurance pickups.', '20'), source), false);
      assert.equal(numbersAgree(quantity('Lordstown will voluntarily recall about 20 Endurance pickups.', '20'), source), true);
    });

    it('"£3.5m" agrees with £3,480,000 but not with £3.4m, nor with the same figure in dollars', () => {
      const fee = quantity('The club paid £3.5m for him.', '£3.5m');
      assert.equal(numbersAgree(fee, quantity('The club paid £3,480,000 for him.', '£3,480,000')), true);
      assert.equal(numbersAgree(fee, quantity('The club paid £3.4m for him.', '£3.4m')), false);
      const dollars = quantity('The club paid $3,500,000 for him.', '$3,500,000');
      assert.equal(valuesAgree(fee, dollars), true, 'the values agree');
      assert.equal(numbersAgree(fee, dollars), false, 'the currencies do not');
    });

    it('durations agree across units and forms: 24 months = two years, 18-month = eighteen months = 1.5-year', () => {
      const twoYears = quantity('The fund lost two years of income.', 'two years');
      assert.equal(numbersAgree(quantity('The fund lost 24 months of income.', '24 months'), twoYears), true);
      assert.equal(numbersAgree(quantity('The fund lost 18 months of income.', '18 months'), twoYears), false);
      const war = quantity('the 18-month conflict', '18-month');
      assert.equal(numbersAgree(war, quantity('eighteen months of conflict', 'eighteen months')), true);
      assert.equal(numbersAgree(war, quantity('the 1.5-year conflict', '1.5-year')), true);
      assert.equal(numbersAgree(war, quantity('the 18-week conflict', '18-week')), false);
    });

    it('an age agrees with the same number of years', () => {
      assert.equal(numbersAgree(quantity('A 53-year-old man was held.', '53-year-old'), quantity('The man, 53 years old, was held.', '53 years old')), true);
      assert.equal(numbersAgree(quantity('A 53-year-old man was held.', '53-year-old'), quantity('A 35-year-old man was held.', '35-year-old')), false);
    });

    it('"46m" agrees with 46 and with 46 million', () => {
      const well = quantity('The 46m well was drilled.', '46m');
      assert.equal(numbersAgree(well, quantity('The 46 million well was drilled.', '46 million')), true);
      assert.equal(numbersAgree(well, quantity('The well was 46 metres deep.', '46 metres')), true);
      assert.equal(numbersAgree(well, quantity('The well was 64 metres deep.', '64 metres')), false);
      assert.equal(numbersAgree(well, quantity('The road was 46 miles long.', '46 miles')), false);
    });

    it('measures in other units of the same kind: "656 ft" for "200 m", "650ft" for "198 metre-high", "1.5 km" for "1,500 metres"', () => {
      assert.equal(numbersAgree(quantity('a tower that would rise more than 200 m (656 ft) into the sky', '656 ft'), quantity('a tower 200 m high', '200 m')), true);
      // xsumfaith-39405778-Gold: "a 650ft (198m) power station chimney" for the article's "198 metre-high chimney".
      const chimney = quantity('198 metre-high chimney dominates the Solent sykline', '198 metre-high');
      assert.deepEqual(chimney.unit, { family: 'count', unit: 'metre' });
      assert.equal(numbersAgree(quantity('a 650ft (198m) power station chimney', '650ft'), chimney), true);
      assert.equal(numbersAgree(quantity('a 656ft power station chimney', '656ft'), chimney), false);
      assert.equal(numbersAgree(quantity('The route is 1.5 km long.', '1.5 km'), quantity('The route is 1,500 metres long.', '1,500 metres')), true);
      assert.equal(numbersAgree(quantity('a 198-metre chimney', '198-metre'), chimney), true);
      // Rounded to the draft's digits: "5 miles" for "8 km" (4.97 miles); another kind of measure never agrees.
      assert.equal(numbersAgree(quantity('The village is 5 miles away.', '5 miles'), quantity('The village is 8 km away.', '8 km')), true);
      assert.equal(numbersAgree(quantity('He lost 20kg in training.', '20kg'), quantity('He ran 20 miles in training.', '20 miles')), false);
      assert.equal(numbersAgree(quantity('It was 104F in the shade.', '104F'), quantity('It was 40C in the shade.', '40C')), true);
    });

    it('"40 per cent" agrees with "40%", not with "$40"', () => {
      const pc = quantity('It rose 40 per cent this year.', '40 per cent');
      assert.equal(numbersAgree(pc, quantity('It rose 40% this year.', '40%')), true);
      assert.equal(numbersAgree(pc, quantity('It paid $40 this year.', '$40')), false);
      assert.equal(comparableUnits(pc, quantity('It paid $40 this year.', '$40')), false);
    });

    it('money in words and signs agree: "5 dollars" = "$5"', () => {
      assert.equal(numbersAgree(quantity('It cost 5 dollars.', '5 dollars'), quantity('It cost $5.', '$5')), true);
    });

    it('"nearly" is a little under: "nearly $1.8 billion" states $1.7 billion, not $1.5 billion (summedits-news-…845b4d_2)', () => {
      const source = quantity('Binance transferred nearly $1.8 billion worth of stablecoins collateral.', '$1.8 billion');
      assert.equal(source.hedge, 'nearly');
      assert.equal(numbersAgree(quantity('Binance transferred $1.7 billion of funds.', '$1.7 billion'), source), true);
      assert.equal(numbersAgree(quantity('Binance transferred $1.5 billion of funds.', '$1.5 billion'), source), false);
      assert.equal(numbersAgree(quantity('Binance transferred $1.9 billion of funds.', '$1.9 billion'), source), false);
    });

    it('a precise figure near a source bound agrees with it, one well past it does not: 105 / 70 for "more than 100" / "more than 50"', () => {
      assert.equal(numbersAgree(quantity('In all, 105 migrants arrived.', '105'), quantity('More than 100 migrants arrived.', '100')), true);
      assert.equal(numbersAgree(quantity('It left 70 others missing.', '70'), quantity('It left more than 50 missing.', '50')), false);
      assert.equal(numbersAgree(quantity('It left 45 others missing.', '45'), quantity('It left fewer than 50 missing.', '50')), true);
      assert.equal(numbersAgree(quantity('It left 30 others missing.', '30'), quantity('It left fewer than 50 missing.', '50')), false);
    });

    it('a bound that leaves its own value out does not state it: "more than £110,000" is not £110,000 (xsumfaith-38159550-TranS2S); "at least" and "up to" do', () => {
      const paid = quantity('She was also ordered to pay compensation of £110,000 at Dumfries Sheriff Court.', '£110,000');
      assert.equal(numbersAgree(quantity('a woman who was jailed for conspiring to steal more than £110,000 from a castle', '£110,000'), paid), false);
      assert.equal(numbersAgree(quantity('She was ordered to pay at least £110,000.', '£110,000'), paid), true);
      assert.equal(numbersAgree(quantity('She was ordered to pay up to £110,000.', '£110,000'), paid), true);
      assert.equal(numbersAgree(quantity('She was ordered to pay more than £110,000.', '£110,000'), quantity('She paid more than £110,000.', '£110,000')), true);
      assert.equal(numbersAgree(quantity('It was the first time in more than two years.', 'two years'), quantity('It was stolen two years ago.', 'two years')), false);
      assert.equal(numbersAgree(quantity('Fewer than 870 infections were reported.', '870'), quantity('In total, 870 people worldwide have been infected.', '870')), false);
      // Before a duration, "over" is as often "during": the seed's "the 18-month conflict" states "over 18 months of war".
      assert.equal(numbersAgree(quantity('stocks depleted over 18 months of war', '18 months'), quantity('the munitions stocks that the 18-month conflict has depleted', '18-month')), true);
    });

    it('a round bound stands for the figures up to its next step: "over 40" is not 57, "more than 50" is (summedits-news-…fb9c_36)', () => {
      const missing = quantity('Other state media reports gave the total number of missing at 57.', '57');
      assert.equal(numbersAgree(quantity('It left over 40 others missing.', '40'), missing), false);
      assert.equal(numbersAgree(quantity('It left more than 50 others missing.', '50'), missing), true);
      assert.equal(numbersAgree(quantity('More than 100 migrants arrived.', '100'), quantity('In all, 140 migrants arrived.', '140')), true);
      assert.equal(numbersAgree(quantity('Fewer than 60 people came.', '60'), quantity('In all, 57 people came.', '57')), true);
      assert.equal(numbersAgree(quantity('Fewer than 70 people came.', '70'), quantity('In all, 57 people came.', '57')), false);
      // A bound of two significant digits keeps its window of half again: "more than 15" for 19.
      assert.equal(numbersAgree(quantity('More than 15 people came.', '15'), quantity('In all, 19 people came.', '19')), true);
    });

    it('different counts disagree: "at least three" is not "at least two" (summedits-news-…fb9c_7)', () => {
      assert.equal(numbersAgree(quantity('killing at least three people', 'three'), quantity('killing at least two people', 'two')), false);
    });
  });

  describe('comparableUnits', () => {
    it('durations compare with durations only; plain numbers with counts', () => {
      const months = quantity('the 18-month conflict', '18-month');
      assert.equal(comparableUnits(months, quantity('the 12-month conflict', '12-month')), true);
      assert.equal(comparableUnits(months, quantity('killing at least two people', 'two')), false);
      assert.equal(comparableUnits(quantity('He lost 20kg.', '20kg'), quantity('killing at least two people', 'two')), true);
      assert.equal(comparableUnits(quantity('It rose 40 per cent this year.', '40 per cent'), quantity('It rose 4% this year.', '4%')), true);
    });
  });
});
