// Faithful paraphrases must raise nothing; the same sentences with one fact changed must be flagged, by the rule
// that names the change. The source passages are news-style sentences written for this test (facts of the kind the
// dev files hold: counts, money, dates, names, quotations); the seed passages are the seed article's. Several of
// the faithful lines were false alarms when first written ("1.5m km", "Jane Smith of UCL", "the BOJ", "Yemenis",
// "over 18 months of war", "25 basis points", "30 months" for "two and a half years", "600" for "half of the 1,200",
// "risen 100%" for "doubled", "the MoD", "104 miles per hour", "aged 60 to 79" for "in their 60s and 70s", "about
// £100 a month" for "£1,200 a year", a rise of "2.7F" for 1.5C, "Zelenskyy", "the Labour Party", "the Tories", "in
// 2021" for "a year earlier", "fell 5%" from "$117.2bn, compared with $123.9bn", "1.2 million a week" for "160,000 a
// day", "Australian dollars", "in 2025" for "mid-2025", "240 km/h" for 150 mph, "once-in-500-years", a quarter as
// "three months" or "January-March", "about 311,000" worked back from "422,875, up 36%", "F1" for "Formula 1", "fell 2.6
// points" from 34% to 31.4%, "up 1% on December" for "in January from the previous month", "18km" for 17.9km, "USGS"
// for "the US Geological Survey", "nearly 30%" for 350 of 1,200, "fell 21%" from £120m in 2021 to £95m last year, "Shares rose 7.5%" beside a revenue that "rose 12%", "January 2022"
// for "January last year", "a Tory government" for "a Conservative government", "the CEBR", "20%" for "20per cent"):
// each is kept here so it stays fixed.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources, type SourceIndex } from '../../server/src/engine';
import { seedArticle } from '../fixtures/seed';

interface Passage {
  name: string;
  source: string;
  faithful: string[];
  /** A draft line and the rule that must flag it with the words it must flag. */
  wrong: Array<[string, string, string]>;
}

const PASSAGES: Passage[] = [
  {
    name: 'the seed article',
    source: seedArticle(),
    faithful: [
      'Putin sees the meeting with Kim as a chance to replenish munitions stocks depleted by a year and a half of conflict.',
      'Putin hopes the summit with Mr Kim will let him replenish stocks depleted over 18 months of war.',
      'Kim Jong Un promised Vladimir Putin his country’s “full and unconditional support” for the war in Ukraine.',
      'North Korea’s leader told Mr Putin that relations with Russia are “the priority”.',
      'No United Nations member should breach Security Council restrictions on North Korea.',
      'The meeting began with a visit to a rocket launch facility at the Vostochny Cosmodrome.',
      'South Korea said it was closely monitoring Kim’s visit but remained in contact with Moscow.',
      'The summit took place at a remote rocket launch site in Siberia.',
    ],
    wrong: [
      ['Putin hopes to replenish the stocks that the 12-month conflict has depleted.', 'number-mismatch', '12-month'],
      ['The meeting ended with a visit to a Soyuz-2 space rocket launch facility.', 'term-mismatch', 'ended'],
    ],
  },
  {
    name: 'a court case, a mine collapse, a central bank and a company report',
    source:
      'CANBERRA - An Australian pleaded guilty on Thursday to manslaughter in the death 35 years ago of an American who fell from a Sydney clifftop that was known as a gay meeting place.\n' +
      "Scott White's admission in the New South Wales state Supreme Court came three months after he had his conviction on charges of murdering Scott Johnson overturned by an appeals court.\n" +
      "An open pit mine collapsed in China's northern Inner Mongolia region on Wednesday, killing at least two people and leaving more than 50 missing, state media reported.\n" +
      'Other state media reports gave the total number of missing at 57 and said numerous vehicles were also buried in the collapse.\n' +
      'The Bank of Japan spent 4.3 trillion yen ($31.7 billion) on Wednesday buying bonds, its biggest daily purchase since 2013.\n' +
      'Moderna reported fourth-quarter revenue of $5.1 billion, down 29% from a year earlier, and expects 2023 sales of about $5 billion.\n' +
      'The company employs 32,000 people in 45 countries and was founded in 2010 by Noubar Afeyan.\n' +
      'Shares fell 6.5% to $149.20 in early trading on Tuesday, 28 February 2023.\n',
    faithful: [
      'Scott White admitted the manslaughter of Scott Johnson on Thursday.',
      'The plea came three months after an appeals court overturned his murder conviction.',
      'At least 2 people died and over 50 were missing after the mine collapse.',
      'State media put the number missing at 57.',
      'The BOJ spent ¥4.3tn ($31.7bn) buying bonds on Wednesday.',
      'Moderna’s fourth-quarter revenue fell 29% to $5.1bn.',
      'Moderna, founded by Noubar Afeyan in 2010, employs 32,000 people.',
      'The firm has about 32,000 staff in 45 countries.',
      'Shares dropped 6.5 per cent to $149.20 on Tuesday.',
      'Shares fell more than 6% on Tuesday.',
      'Moderna revenue was down nearly a third.',
    ],
    wrong: [
      ['An Australian pleaded guilty on Thursday to manslaughter in the death 25 years ago of an American.', 'number-mismatch', '25 years'],
      ['It left over 60 others missing.', 'unsupported-number', '60'],
      ['Shares fell 6.5% to $149.20 in early trading on Monday.', 'date-mismatch', 'Monday'],
    ],
  },
  {
    name: 'a congressional trip, an arrest, a company result and a ban',
    source:
      'U.S. lawmakers met with the Ukrainian prosecutor general and President Zelenskyy during a trip to Kyiv on Feb. 21, 2023.\n' +
      '"We will stand with Ukraine for as long as it takes," said Rep. Michael McCaul, the chairman of the House Foreign Affairs Committee.\n' +
      'The delegation of eight members of Congress spent two days in the country.\n' +
      'Ozy Media founder Carlos Watson was arrested on Thursday on fraud charges, prosecutors said.\n' +
      'Watson, 53, faces up to 20 years in prison if convicted.\n' +
      'The company hemorrhaged money for years, losing $12.5 million in 2020 alone.\n' +
      "Domino's Pizza Enterprises said first-half profit fell 24.5 per cent to A$72.2 million, and its shares tumbled 20%.\n" +
      'Chief executive Don Meij said the company "did not get the balance right" when it raised prices.\n' +
      "The EU's 32,000 staff have been told to remove TikTok by March 15.\n" +
      'About a third of the staff use the app, officials estimated.\n',
    faithful: [
      'US lawmakers met President Zelenskyy in Kyiv on 21 February.',
      'Eight members of Congress spent two days in Ukraine.',
      'McCaul said the US would stand with Ukraine "for as long as it takes".',
      'Watson, 53, could be jailed for up to two decades.',
      'Ozy lost 12.5 million dollars in 2020 alone.',
      'Domino’s half-year profit fell almost 25% to A$72.2m.',
      'Domino’s profit dropped by nearly a quarter.',
      'Meij admitted the firm had not got the balance right when it raised prices.',
      'EU staff must remove TikTok by 15 March.',
      'Roughly one in three staff use TikTok.',
    ],
    wrong: [
      ['Nine members of Congress spent two days in the country.', 'number-mismatch', 'Nine'],
      ['McCaul said the US would stand with Ukraine "for as long as it can".', 'quote-mismatch', 'for as long as it can'],
      ['Watson, 55, faces prison.', 'number-mismatch', '55'],
      ['Domino’s half-year profit rose 24.5% to A$72.2m.', 'term-mismatch', 'rose'],
      ['Watson was not arrested on Thursday, prosecutors said.', 'negation-mismatch', 'not'],
    ],
  },
  {
    name: 'a shooting, in Markdown and in lower case',
    source:
      'Police in Brazil have killed a gunman who slaughtered seven people in a fit of rage after losing two games of pool in Sinop.\n' +
      'Ezequias Souza Ribeiro, 27, went on the run on Tuesday after the shooting; his accomplice, Edgar Ricardo de Oliveira, 30, surrendered to police on Thursday morning.\n' +
      'The pair lost around 4,000 reais (£640) betting on the games, police said.\n' +
      'Mato Grosso state\'s governor, Mauro Mendes, called the attack "a barbaric crime".\n' +
      'Six of the victims died at the scene and a seventh later died in hospital.\n',
    faithful: [
      '# Pool hall shooting\n\nPolice in Brazil killed the gunman who shot dead seven people after losing at pool.\n',
      '- Ribeiro, 27, fled on Tuesday.\n- His accomplice Oliveira, 30, gave himself up on Thursday.\n',
      'police in brazil have killed a gunman who shot seven people after losing two games of pool.',
      'The gunmen lost roughly £640 betting on pool.',
      'Seven people died, six of them at the scene.',
      '**Seven** people were killed in the attack in [Sinop](https://example.com).',
      'De Oliveira, 30, surrendered on Thursday morning.',
    ],
    wrong: [
      ['Police in Brazil killed the gunman who shot dead eight people after losing at pool.', 'number-mismatch', 'eight'],
      ['The pair lost around 5,000 reais betting on the games.', 'number-mismatch', '5,000'],
      ['Police in Argentina killed the gunman.', 'name-mismatch', 'Argentina'],
    ],
  },
  {
    name: 'a sports result, deliveries, a telescope and a study',
    source:
      'Manchester United beat Aston Villa 3-1 at Old Trafford on Saturday, with Ander Herrera scoring twice.\n' +
      'Tesla delivered 405,278 vehicles in the first quarter of 2023, up 36% from a year earlier, the company said on Sunday.\n' +
      'The telescope, which cost $10bn (£8.1bn), was launched on 25 December 2021 from French Guiana.\n' +
      'It orbits the Sun about 1.5 million km (930,000 miles) from Earth.\n' +
      'Dr Jane Smith, of University College London, led the research, published in the journal Nature Communications.\n',
    faithful: [
      'Herrera scored two goals as Manchester United beat Aston Villa 3-1.',
      'Tesla delivered more than 400,000 cars in the first three months of 2023.',
      'The $10 billion telescope launched on Christmas Day 2021.',
      'The telescope sits roughly 1.5m km from Earth.',
      'The research, led by Jane Smith of UCL, was published in Nature Communications.',
    ],
    wrong: [
      ['Manchester United beat Aston Villa 3-2 at Old Trafford on Saturday.', 'number-mismatch', '3-2'],
      ['The telescope was launched on Boxing Day 2021 from French Guiana.', 'date-mismatch', 'Boxing Day 2021'],
    ],
  },
  {
    name: 'rates, jobs and values: shares, points and multiples written out',
    source:
      'Unemployment rose to 4.2% in March from 3.9% in February, the Office for National Statistics said.\n' +
      'The Bank of England raised interest rates by a quarter of a percentage point to 4.25%, the 11th increase in a row.\n' +
      'The 67-year-old former minister served for two and a half years before resigning in 2019.\n' +
      'Half of the 1,200 workers at the plant will lose their jobs.\n' +
      "The firm's market value has doubled since 2020 to about $80bn.\n",
    faithful: [
      'Unemployment rose 0.3 percentage points to 4.2% in March.',
      'The Bank of England raised rates by 0.25 points to 4.25%, its eleventh rise in a row.',
      'Rates went up by 25 basis points to 4.25%.',
      'The former minister, 67, served for 30 months before resigning in 2019.',
      'About 600 of the plant’s 1,200 workers will lose their jobs.',
      'The firm is now worth around $80 billion, twice what it was in 2020.',
      'The company’s value has risen 100% since 2020.',
    ],
    wrong: [
      ['The Bank of England raised rates by 0.5 points to 4.25%.', 'number-mismatch', '0.5'],
      ['The former minister served for 40 months before resigning in 2019.', 'number-mismatch', '40 months'],
      ['About 700 of the plant’s 1,200 workers will lose their jobs.', 'unsupported-number', '700'],
      ['The company’s value has risen 200% since 2020.', 'unsupported-number', '200%'],
    ],
  },
  {
    name: 'a military aid package',
    source:
      'Prime Minister Rishi Sunak announced on Monday that the UK would send 14 Challenger 2 tanks to Ukraine, the first Western heavy tanks pledged to Kyiv.\n' +
      'The tanks will be accompanied by about 30 AS90 self-propelled guns, the Ministry of Defence said.\n' +
      'Defence Secretary Ben Wallace told MPs the package was "the most significant" yet.\n',
    faithful: [
      'The UK will send 14 Challenger 2 tanks to Ukraine, Rishi Sunak said on Monday.',
      'Britain became the first Western country to pledge heavy tanks to Ukraine.',
      'Some 30 AS90 artillery guns will also be sent, according to the MoD.',
      'Fourteen tanks will be sent.',
      'Ben Wallace called it “the most significant” package yet.',
    ],
    wrong: [
      ['The UK will send 12 Challenger 2 tanks to Ukraine, Rishi Sunak said on Monday.', 'number-mismatch', '12'],
      ['The tanks will be accompanied by about 30 AS90 self-propelled guns, the Ministry of Justice said.', 'name-mismatch', 'Ministry of Justice'],
    ],
  },
  {
    name: 'a storm',
    source:
      'Storm Ciarán brought winds of up to 104mph to Cornwall on Thursday, leaving about 150,000 homes without power.\n' +
      'In France, where the storm hit hardest, at least seven people were killed and 1.2 million households lost power.\n',
    faithful: [
      'Storm Ciarán hit Cornwall with gusts of up to 104 miles per hour.',
      'Winds reached 104mph (167km/h) in Cornwall.',
      'The storm left some 150k homes without power.',
      'In France, more than a million households were left without electricity.',
    ],
    wrong: [
      ['Storm Ciarán hit Cornwall with gusts of up to 114 miles per hour.', 'unsupported-number', '114 miles per hour'],
      ['In France, where the storm hit hardest, at least nine people were killed.', 'number-mismatch', 'nine'],
    ],
  },
  {
    name: 'an outbreak',
    source:
      'The World Health Organization (WHO) said on Monday that 1.2 million people had been infected with cholera in Yemen since April 2017.\n' +
      'More than 2,500 of them have died, according to the UN agency.\n' +
      'Children under five account for a quarter of all suspected cases.\n',
    faithful: [
      'The WHO says more than a million people in Yemen have caught cholera since April 2017.',
      'About 25% of suspected cases are young children.',
      'Cholera has infected 1.2m Yemenis.',
    ],
    wrong: [['The WHO said on Monday that 2.1 million people had been infected with cholera in Yemen since April 2017.', 'number-mismatch', '2.1 million']],
  },
  {
    name: 'a drug trial',
    source:
      'A trial of 1,500 patients found the drug cut the risk of heart attack by 20% compared with a placebo, researchers reported in The Lancet on Friday.\n' +
      'Patients in their 60s and 70s saw the biggest benefit, with hospital admissions falling from 12% to 8%.\n' +
      'The treatment costs £1,200 a year per patient, and the NHS estimates 400,000 people could be eligible.\n',
    faithful: [
      'The drug reduced heart attack risk by a fifth in a trial of 1,500 patients.',
      'Patients aged 60 to 79 benefited most.',
      'Hospital admissions fell by four percentage points, from 12% to 8%.',
      'The drug costs about £100 a month per patient.',
      'At £23 a week per patient, up to 400,000 people could be eligible for the treatment.',
      'The treatment costs £1,200 annually per patient.',
    ],
    wrong: [
      ['Patients aged 50 to 79 benefited most.', 'unsupported-number', '50'],
      ['The treatment costs £150 a month per patient.', 'number-mismatch', '£150'],
      ['The treatment costs £20 a week per patient.', 'number-mismatch', '£20'],
    ],
  },
  {
    name: 'energy support, the climate and party names',
    source:
      'LONDON, 14 March 2023 - The UK government will spend £2.5bn over two weeks on emergency energy support, Chancellor Jeremy Hunt said on Tuesday.\n' +
      'Global temperatures have already risen by 1.5C since pre-industrial times, and last July London reached 40C, the Met Office said.\n' +
      'President Volodymyr Zelensky thanked Nato allies for their support.\n' +
      'Labour leader Keir Starmer said the plan was "too little, too late", and the Conservatives defended it.\n',
    faithful: [
      'Jeremy Hunt said the UK would spend £2,500m on energy support over a fortnight.',
      'Temperatures have risen by 2.7F since pre-industrial times.',
      'London reached 104F last July.',
      'President Zelenskyy thanked NATO allies.',
      'The Labour Party called the plan "too little, too late".',
      'The Tories defended the plan.',
      'The Conservative Party defended it.',
    ],
    wrong: [
      ['London reached 72F last July.', 'unsupported-number', '72F'],
      ['The Green Party called the plan "too little, too late".', 'name-mismatch', 'Green Party'],
    ],
  },
  {
    name: 'company results and a bridge',
    source:
      'Apple said on Thursday it sold 232 million iPhones in 2022, down 4% from a year earlier.\n' +
      "The company's revenue for the quarter ending 31 December was $117.2bn, compared with $123.9bn a year before.\n" +
      'The bridge, which opened in 1932, carries about 160,000 vehicles a day, according to the state transport authority.\n' +
      'Repairs costing A$50m will begin next month and are expected to last until mid-2025.\n',
    faithful: [
      'Apple sold 232m iPhones last year, 4% fewer than in 2021.',
      'Quarterly revenue fell 5% to $117.2 billion.',
      "The iPhone maker's revenue dropped 5.4% in the final quarter of 2022.",
      'Nearly 1.2 million vehicles a week use the bridge.',
      'Repairs will cost 50 million Australian dollars.',
      'The A$50 million repairs are due to finish in 2025.',
    ],
    wrong: [
      ['Apple sold 232m iPhones in 2022, 4% fewer than in 2020.', 'unsupported-number', '2020'],
      ['Quarterly revenue fell 5.7% to $117.2 billion.', 'unsupported-number', '5.7%'],
      ['The bridge carries 2 million vehicles a week.', 'number-mismatch', '2 million'],
      ['Repairs will cost 50 million Canadian dollars.', 'unsupported-number', '50 million Canadian dollars'],
    ],
  },
  {
    name: 'a hurricane',
    source:
      'Hurricane Ian made landfall near Cayo Costa, Florida, at 3:05 p.m. on Wednesday, Sept. 28, as a Category 4 storm with maximum sustained winds of 150 mph.\n' +
      'Gov. Ron DeSantis called it a "500-year flood event" for parts of the state.\n',
    faithful: [
      'Ian hit Florida as a Category 4 hurricane on 28 September.',
      'Ian struck with winds of up to 240 km/h.',
      'The storm came ashore with 240km/h winds.',
      'DeSantis said parts of Florida faced a once-in-500-years flood.',
    ],
    wrong: [
      ['Ian struck with winds of 300 km/h.', 'unsupported-number', '300 km/h'],
      ['Ian hit Florida as a Category 4 hurricane on 29 September.', 'unsupported-number', '29 September'],
    ],
  },
  {
    name: 'quarterly deliveries',
    source:
      'Tesla delivered 422,875 vehicles in the first quarter of 2023, up 36% from a year earlier, the company said on Sunday.\n' +
      "Apple's revenue for the quarter ending 31 December was $117.2bn.\n",
    faithful: [
      'Deliveries rose 36% year on year to 422,875 in January-March.',
      'In the first three months of 2023, Tesla delivered 422,875 vehicles.',
      'Tesla delivered about 311,000 vehicles in the first quarter of 2022.',
      "Apple's revenue in the October-December quarter was $117.2bn.",
      "Apple's revenue in the three months to December was $117.2bn.",
    ],
    wrong: [
      ['Tesla delivered about 330,000 vehicles in the first quarter of 2022.', 'number-mismatch', '330,000'],
      ['Deliveries rose 36% year on year to 422,875 in April-June.', 'unsupported-number', 'April-June'],
      ['Deliveries rose 36% to 422,875 in January-March 2022.', 'unsupported-number', 'January-March 2022'],
    ],
  },
  {
    name: 'a race and a council election',
    source:
      'Lewis Hamilton finished third at the Spanish Grand Prix on Sunday, his 196th podium finish in Formula 1.\n' +
      'Labour won 35 of the 50 seats on the council, and turnout was 31.4%, down from 34% at the last election in 2019.\n',
    faithful: [
      'Lewis Hamilton secured his 196th F1 podium with third place in Spain.',
      'Turnout fell 2.6 points to 31.4%.',
      'Labour won 70% of the seats.',
    ],
    wrong: [
      ['Lewis Hamilton secured his 196th F2 podium with third place in Spain.', 'unsupported-name', 'F2'],
      ['Turnout fell 4.6 points to 31.4%.', 'unsupported-number', '4.6'],
    ],
  },
  {
    name: 'factory orders',
    source:
      "BERLIN, March 3 (Reuters) - German industrial orders rose 1.0% in January from the previous month, beating analysts' forecasts of a 0.9% increase.\n" +
      'On a yearly basis, orders were down 10.9% in calendar-adjusted terms.\n',
    faithful: [
      'Industrial orders in Germany were up 1% on December.',
      'Orders beat expectations by 0.1 percentage points.',
      'Year-on-year, orders dropped almost 11%.',
    ],
    wrong: [['Industrial orders in Germany were up 1% on November.', 'unsupported-number', 'November']],
  },
  {
    name: 'an earthquake',
    source:
      'A magnitude 7.8 earthquake struck southern Turkey and northwest Syria before dawn on Monday, killing more than 5,000 people.\n' +
      'The quake hit at 04:17 local time (01:17 GMT) at a depth of 17.9km, the US Geological Survey said.\n',
    faithful: [
      'The quake struck at 4.17am local time, 18km underground.',
      'The USGS said the quake hit at a depth of 17.9 kilometres.',
      'A 7.8-magnitude earthquake hit Turkey and Syria early on Monday, killing over 5,000 people.',
    ],
    wrong: [
      ['The quake struck at 4.17am local time, 19km underground.', 'unsupported-number', '19km'],
      ['A magnitude 8 earthquake struck southern Turkey and northwest Syria before dawn on Monday.', 'number-mismatch', '8'],
      ['The USGA said the quake hit at a depth of 17.9 kilometres.', 'unsupported-name', 'USGA'],
    ],
  },
  {
    name: 'job cuts and a falling rate',
    source:
      'The company, which employs 1,200 staff across its three UK sites, said 350 jobs would go by the end of the year.\n' +
      "The firm's annual turnover fell from £120m in 2021 to £95m last year.\n" +
      'The rate of new HIV diagnoses fell to 4.5 per 100,000 people in 2022, from 9.2 per 100,000 in 2013.\n',
    faithful: [
      'Nearly 30% of the workforce will lose their jobs.',
      'More than a quarter of staff at the three UK sites face redundancy.',
      'Annual turnover fell 21%.',
      'Turnover dropped by £25m, or about a fifth.',
      'The HIV diagnosis rate dropped 51% between 2013 and 2022.',
    ],
    wrong: [
      ['Rates of new HIV diagnoses fell 45% from 2013 to 2022.', 'unsupported-number', '45%'],
      ['More than 30% of the workforce will lose their jobs.', 'unsupported-number', '30%'],
      ['Annual turnover fell 26%.', 'unsupported-number', '26%'],
    ],
  },
  {
    name: 'a quarterly report, a share price and a rival',
    source:
      "LONDON, March 14, 2023 (Reuters) - Acme Corp said on Tuesday its first-quarter revenue rose 12% to $4.2 billion, beating analysts' forecasts of $3.9 billion, as demand for its cloud services surged.\n" +
      'The company, based in Seattle, employs about 18,500 people and plans to hire another 1,200 engineers by the end of 2024.\n' +
      'Shares in Acme jumped 7.5% to $143.20 in early trading, valuing the company at roughly $96 billion.\n' +
      'The firm also raised its full-year profit guidance to between $3.10 and $3.25 a share, from $2.90 to $3.05 previously.\n' +
      'Acme cut 6% of its workforce in January last year after a slump in hardware sales.\n' +
      'Its rival, Zenith Systems, reported a 3% fall in revenue to $2.8 billion last week.\n',
    faithful: [
      "Acme's first-quarter revenue grew 12 per cent to $4.2bn.",
      'Shares rose 7.5% to $143.20.',
      'Acme laid off 6% of its staff in January 2022.',
      'Acme laid off 6% of its staff last year.',
      'It plans to hire 1,200 more engineers by the end of next year.',
      'Acme has roughly 18,000 staff.',
      "Acme's shares jumped 7.5 percent, valuing it at nearly $100 billion.",
      "Acme's revenue rose 12%, and its shares jumped 7.5%.",
      "Zenith's revenue dropped 3% to $2.8bn.",
      'Acme shares climbed 7.5% to $143.20.',
    ],
    wrong: [
      ["Acme's revenue rose 7.5%.", 'number-mismatch', '7.5%'],
      ['Acme cut 8% of its workforce in January last year.', 'number-mismatch', '8%'],
      ['Acme shares fell 7.5% to $143.20.', 'term-mismatch', 'fell'],
      ["Zenith's revenue rose 3% to $2.8bn.", 'term-mismatch', 'rose'],
      ["Acme's revenue rose 9%.", 'number-mismatch', '9%'],
      ['Shares rose 5.7% to $143.20.', 'unsupported-number', '5.7%'],
      ['Acme laid off 6% of its staff in January 2021.', 'unsupported-number', 'January 2021'],
      ['It plans to hire 1,200 more engineers by the end of 2025.', 'date-mismatch', '2025'],
    ],
  },
  {
    name: 'a power station and its investors, and a glacier',
    source:
      'One third of the £18bn cost is being provided by Chinese investors.\n' +
      'The ice fields covered some 375 sq km in the 1970s and had shrunk to about 275 sq km by the late 2000s.\n' +
      'Nearly two-thirds of voters backed the plan in a referendum last year.\n',
    faithful: [
      'The ice fields lost about 100 sq km.',
      'About a third of the cost comes from Chinese investors.',
      'Chinese investors are providing 33% of the £18bn cost.',
      'More than half of voters backed the plan.',
    ],
    wrong: [
      ['Half of the £18bn cost is being provided by Chinese investors.', 'number-mismatch', 'Half'],
      ['The ice fields lost about 150 sq km.', 'number-mismatch', '150'],
      ['Nearly half of voters backed the plan in a referendum last year.', 'number-mismatch', 'half'],
    ],
  },
  {
    name: 'a tax row between the parties',
    source:
      'Tory Treasury minister David Gauke hit back with an accusation that Labour had a secret plan for tax rises.\n' +
      'But Mr Balls predicted that a Conservative government would raise VAT, citing the Centre for Economics and Business Research.\n' +
      'The Tory manifesto only contains an "ambition" to cut migration, and beans were sold on at a 20per cent mark-up.\n',
    faithful: [
      'Balls predicted a Tory government would hike VAT.',
      "The Tories' manifesto only contains an \"ambition\" to cut migration.",
      'Balls cited figures from the CEBR.',
      'The beans were sold on at a 20% mark-up.',
    ],
    wrong: [
      ['Balls predicted a Labour government would hike VAT.', 'name-mismatch', 'Labour'],
      ['The beans were sold on at a 25% mark-up.', 'number-mismatch', '25%'],
    ],
  },
  {
    // Session 8 probes: derived spans, looser bounds and the direction of each figure, each a false alarm when first
    // written.
    name: 'derived spans, looser bounds and the direction of each figure',
    source:
      'Harbrook Foods said pre-tax profit increased by £800,000 to £3.5m in the year to the end of June 2016, despite turnover falling by £1m. The Green Party, which came fourth, spent £534,249 on its campaign. Health trusts should not be paying more than 55% above normal shift rates for agency staff. More than 5,300 bottles of fake wine were seized in the city. Some of the seized meat was more than 40 years old. The novelist Margaret Hale, 75, appeared alongside the 47-year-old actress Patsy Kerr. The archive holds paintings from the years 1800-2000. Mr Doyle won the county title in 1993. He had captained his club to a regional title in 1991. The thefts took place between 1 July 2006 and 31 December 2011.',
    faithful: [
      "Harbrook's pre-tax profit rose despite a £1m drop in turnover.",
      "Harbrook's pre-tax profit rose by £800,000 to £3.5 million in the year to June 2016.",
      'The Greens, who came fourth, spent £534,249.',
      'Trusts should pay no more than 55% above normal shift rates for agency staff.',
      'More than five thousand bottles of fake wine were seized.',
      'Some of the seized meat was over four decades old.',
      'Hale is 28 years older than Kerr.',
      'The archive holds paintings from two centuries.',
      'Doyle won the county title in 1993, two years after captaining his club to a regional title.',
      'The thefts took place in a period of five and a half years.',
    ],
    wrong: [
      ["Harbrook's pre-tax profit rose despite a £1m rise in turnover.", 'term-mismatch', 'rise'],
      ['More than 6,000 bottles of fake wine were seized.', 'number-mismatch', '6,000'],
      ['Some of the seized meat was over five decades old.', 'number-mismatch', 'five decades old'],
      ['Hale is 18 years older than Kerr.', 'unsupported-number', '18 years'],
      ['The thefts took place in a period of six and a half years.', 'unsupported-number', 'six and a half years'],
      ['Doyle won the county title in 1993, three years after captaining his club to a regional title.', 'unsupported-number', 'three years'],
      ['Trusts should pay more than 55% above normal shift rates for agency staff.', 'negation-mismatch', 'should pay'],
    ],
  },
  {
    // Directions of change in other words (session 8 probes: "up"/"down", a bracketed conversion, a change told the
    // other way round were all missed).
    name: 'markets and jobs: the direction of each change',
    source:
      'The FTSE 100 index closed 82.91 points or 1.35% up at 6,229.01. Shares in Harbrook were down 4% at 120p. ' +
      'House prices near the new station were 3 per cent (£5,910) lower. The number of jobs to be cut had fallen from 950 to 897. ' +
      'Unemployment went up by 20,000 to 1.6 million. The share of adults without health insurance fell to 15.7% from 16.3% in 2011.',
    faithful: [
      'The uninsured share fell in 2011, from 16.3% to 15.7%.',
      'The FTSE 100 closed up 1.35% at 6,229.01.',
      'Harbrook shares fell 4% to 120p.',
      'House prices near the new station were 3% lower.',
      'The number of jobs to be cut has fallen from 950 to 897.',
      'Unemployment rose by 20,000 to 1.6 million.',
    ],
    wrong: [
      ['The FTSE 100 closed down 1.35% at 6,229.01.', 'term-mismatch', 'down'],
      ['Shares in Harbrook were up 4% at 120p.', 'term-mismatch', 'up'],
      ['House prices near the new station were 3 per cent (£5,910) higher.', 'term-mismatch', 'higher'],
      ['The number of jobs to be cut has risen from 897 to 950.', 'term-mismatch', 'risen from 897 to 950'],
      ['Unemployment fell by 20,000 to 1.6 million.', 'term-mismatch', 'fell'],
      // The word of change against the draft's own figures (probe23, a report on health insurance).
      ['The uninsured share rose in 2011, from 16.3% to 15.7%.', 'term-mismatch', 'rose'],
      // "to 15.7% from 16.3%" is the change from 16.3% to 15.7%.
      ['The uninsured share rose from 15.7% to 16.3% in 2011.', 'term-mismatch', 'rose from 15.7% to 16.3%'],
    ],
  },
  {
    // Short forms and other words for the same thing (session 8 probes, each a false alarm when first written).
    name: 'short forms: GM, a SPAC, 700lb, not aware, the Rome side, the Commission',
    source:
      'Lordstown Motors bought the Ohio plant from General Motors in 2019. Its shares, which began trading after a merger with a ' +
      'special purpose acquisition company in 2020, fell 9%. The engines weigh nearly 700 pounds each. A spokeswoman said the ' +
      'company was unaware of any injuries. The Roman club will face Juventus in the final on June 7. The European Commission ' +
      'has banned the app on staff phones. In a statement, the EC said the ban would "protect data and increase cybersecurity".',
    faithful: [
      'Lordstown bought the Ohio plant from GM in 2019.',
      'Lordstown began trading after merging with a SPAC in 2020.',
      'The engines weigh almost 700lb each.',
      'A spokeswoman said the company was not aware of any injuries.',
      'The Rome side will face Juventus in the final on June 7.',
      'The Commission said the ban would "protect data and increase cybersecurity".',
    ],
    wrong: [
      ['Lordstown bought the Ohio plant from Ford in 2019.', 'name-mismatch', 'Ford'],
      ['Lordstown began trading after merging with a SPAM in 2020.', 'unsupported-name', 'SPAM'],
      ['The engines weigh almost 900lb each.', 'unsupported-number', '900lb'],
      ['The Milan side will face Juventus in the final on June 7.', 'unsupported-name', 'Milan'],
      ['The Council said the ban would "protect data and increase cybersecurity".', 'name-mismatch', 'Council'],
    ],
  },
  {
    // A name opening the sentence that is no English word, or has a capital inside, is checked like any other (a
    // session 8 probe: "Walmart opened …" passed); an ordinary word there, or a source name misspelt, is not.
    name: 'a name opening the sentence',
    source: 'Starbucks opened its first branch in Italy in 2018. Scientists at the university studied the coffee. Genevieve Kelley handed herself in.',
    faithful: ['Researchers at the university studied the coffee.', 'Starbucks opened its first Italian branch in 2018.', 'Genevieved handed herself in.'],
    wrong: [
      ['Walmart opened its first branch in Italy in 2018.', 'unsupported-name', 'Walmart'],
      ["McDonald's opened its first branch in Italy in 2018.", 'unsupported-name', "McDonald's"],
    ],
  },
  {
    // Counts joined by a hyphen ("a three-game ban", "a five-bedroom house") and ordinals after "an" (session 8
    // probes: each changed count passed).
    name: 'bans, bedrooms and a winning run',
    source:
      'Craig Dawson returns after serving a one-match ban, while Youssouf Mulumbu starts a three-game ban. ' +
      'The owner described the four-bedroom castle as a work of art. Lazio are chasing an eighth straight league win.',
    faithful: [
      'Dawson is back after a one-match ban.',
      'Mulumbu begins a three-match suspension.',
      'The owner called the four bedroom castle a work of art.',
      'Lazio are chasing an eighth consecutive league win.',
    ],
    wrong: [
      ['Dawson is back after a two-match ban.', 'number-mismatch', 'two-match'],
      ['Mulumbu begins a four-game ban.', 'number-mismatch', 'four-game'],
      ['The owner described the five-bedroom castle as a work of art.', 'number-mismatch', 'five-bedroom'],
      ['Lazio are chasing a seventh straight league win.', 'number-mismatch', 'seventh'],
    ],
  },
  {
    // A place in words after a verb ("will be fourth in line", "finished fifth") is a rank (session 8 probes).
    name: 'places in a line and a race',
    source: 'The new prince or princess will be fourth in line to the throne. Muir finished fifth in the final in London.',
    faithful: ['The baby will be fourth in line to the throne.', 'Muir came fifth in the London final.'],
    wrong: [
      ['The baby will be third in line to the throne.', 'number-mismatch', 'third'],
      ['Muir finished fourth in the final in London.', 'number-mismatch', 'fourth'],
    ],
  },
  {
    // A precise percentage is no rounding of a fraction another sentence gives: "36%" passed for "a third" elsewhere
    // where the evidence says 63% (a session 8 probe).
    name: 'a percentage beside a fraction elsewhere',
    source: 'Shoppers will spend a third of their holiday budgets on gifts. Fathers plan to outspend mothers by 63%, $1160vs. $710 on gifts.',
    faithful: [
      'Shoppers will spend 33% of their holiday budgets on gifts.',
      'Fathers plan to outspend mothers by 63 percent.',
      // The source's "$1160vs. $710" (a space lost) is read: the figure and the gap worked out from it are stated.
      'Fathers expect to spend $1,160 on gifts compared with $710 for mothers, a gap of $450.',
    ],
    wrong: [['Fathers plan to outspend mothers by 36 percent.', 'number-mismatch', '36 percent']],
  },
  {
    // Session 10 probes (probe12 on dev articles: cliff-xsum-19577896, cliff-cnndm-7a6310f1…, frank-bbc-38946148,
    // frank-bbc-32194983, frank-cnndm-f673f439…, frank-cnndm-4b6fac08…), each a false alarm when first written: a span
    // with an adjective inside, an acronym the source spells out, text scraped without its line breaks, a hyphenated
    // count, a region of a named country, a quantifier opening the sentence.
    name: 'three previous years, GDP, glued lines, a 13-point lead, southern England, fewer',
    source:
      'The poverty rate was 15% in 2011, staying flat after three previous years of increases. The share of Americans ' +
      'lacking health insurance fell to 15.7%. Gross domestic product may shrink if oil prices drop below $50 per barrel. ' +
      'Media playback is not supported on this deviceSadio Mane scored twice in 138 seconds. Increase top rate of tax to ' +
      '50p 7.2Increase minimum wage to £7.85 8.2The most popular policy scored 7.3. Bayern opened a 13-point lead over ' +
      'Wolfsburg. Gladbach, also on 54 points, drew 0-0. Temperatures will peak at 25C in England, though the north will see less sun than the south.',
    faithful: [
      'The poverty rate stayed flat at 15% in 2011 after three years of increases.',
      'Fewer Americans lacked health insurance in 2011.',
      'If oil prices drop below $50, GDP could shrink.',
      'Sadio Mane scored twice in 138 seconds.',
      'Raising the minimum wage to £7.85 scored 8.2.',
      'Bayern are 13 points clear of Wolfsburg.',
      'Southern England can expect temperatures of 25C.',
    ],
    wrong: [
      ['The poverty rate stayed flat at 15% in 2011 after four years of increases.', 'number-mismatch', 'four years'],
      ['If oil prices drop below $50, GNP could shrink.', 'unsupported-name', 'GNP'],
      ['Bayern are 17 points clear of Wolfsburg.', 'unsupported-number', '17'],
      ['Southern France can expect temperatures of 25C.', 'unsupported-name', 'Southern France'],
    ],
  },
  {
    // Session 10 probe13 (LLM-style summaries of dev articles, reworded here): a span the writer worked out from two
    // dates of one sentence, rounded or hedged; "a hundred"; a date after "night,"; a verb opening the sentence before
    // a name; "half-decade".
    name: 'spans worked out from dates, "a hundred", "VJ night, August 15", "Replacing Trident"',
    source:
      'He was charged with 22 offences dating from 1969 to 1988. During the occupation of the Channel Islands (30 June ' +
      '1940 to 9 May 1945), the house was commandeered. Last month more than a hundred Conservative MPs met to debate a ' +
      'strategy. It happened on VJ night, August 15, when Britain celebrated. They are promising to replace Trident with ' +
      'four new submarines. Director of Public Prosecutions Alison Saunders said he would not be prosecuted. It is not difficult to find traces of the island\'s harrowing half-decade.',
    faithful: [
      'The offences span almost 20 years.',
      'The offences span almost two decades.',
      'The occupation lasted five years.',
      'Last month more than 100 Conservative MPs met.',
      'It happened on 15 August.',
      'Replacing Trident means four new submarines.',
      'The DPP, Alison Saunders, decided not to prosecute.',
      "The island's ordeal lasted five years.",
    ],
    wrong: [
      ['The offences span almost 30 years.', 'unsupported-number', '30 years'],
      ['The occupation lasted seven years.', 'unsupported-number', 'seven years'],
      ['Last month more than 300 Conservative MPs met.', 'number-mismatch', '300'],
      ['It happened on 16 August.', 'date-mismatch', '16 August'],
      ['Replacing Polaris means four new submarines.', 'unsupported-name', 'Polaris'],
      ['The CPS, Alison Saunders, decided not to prosecute.', 'unsupported-name', 'CPS'],
    ],
  },
  {
    // Session 11 (probe13 on dev articles cliff-cnndm Guardiola, xsumfaith Changing Places toilets, Southpaw
    // training, reworded): a hyphenated word the source writes as two ("semi-finalists", "wheelchair-accessible");
    // a total the draft splits into the two parts it states.
    name: 'hyphenated words and a total split into its parts',
    source: 'Between 2005 and 2009 the league provided 12 out of the potential 20 semi finalists for the cup; between 2010 and ' +
      '2015 it provided three out of 24. "Despite already having 38 wheelchair accessible toilets we had to adapt," the ' +
      'club said. Getting ready took six months of training before filming started and 2,000 sit ups a day. He ' +
      'worked out six hours per day, 1,000 sit ups each morning and the same at night.',
    faithful: [
      'Between 2005 and 2009 the league made up 60% of the possible semi-finalists.',
      'The club already had 38 wheelchair-accessible toilets.',
      'Getting ready took six months of training before filming and a thousand sit-ups in the morning and a thousand at night.',
    ],
    wrong: [
      ['Between 2005 and 2009 the league made up 70% of the possible semi-finalists.', 'unsupported-number', '70%'],
      ['The club already had 36 wheelchair-accessible toilets.', 'number-mismatch', '36'],
      ['Getting ready took six months of training before filming and a thousand sit-ups in the morning and 1,500 at night.', 'unsupported-number', '1,500'],
    ],
  },
  {
    // Session 11 (probe14 on dev articles, reworded): number forms ("two and a half thousand", "a year and a half",
    // "a fortnight", "nine blistering minutes", "magnitude-4.8") and dates a sentence works out (a weekday from
    // "two days later" or "the following day", a month from "three months after", a year from "a decade later"); a
    // total of three figures ("£215 in total"); names a scraped page glued to the word before ("HyderabadJos Buttler"); half a figure;
    // a span between two dates the draft itself gives.
    name: 'number forms and dates worked out from the words around them',
    source: 'The firm employs two and a half thousand people and its rival one and a half million. They had been ' +
      'married for a year and a half. The works took a fortnight. In three blistering days he sold 400 cars. A ' +
      'magnitude-6.2 earthquake struck the region. He was arrested on Monday and charged two days later. Italy ' +
      'face Sweden on Friday, with Belgium taking on Ireland the following day. The single was released in ' +
      'November 1971, three months after the album was recorded. He won the title in 2004 and retired a decade ' +
      'later. He was fined £110 and ordered to pay a £20 victim surcharge and £85 costs. Four players take ' +
      'part:Eoin Morgan will play for Sunrisers HyderabadJos Buttler is with Mumbai IndiansSam Billings plays for Delhi. ' +
      'The suspect had won $500 on a lottery ticket and the victim wanted half of the winnings. Six scientists were ' +
      'convicted in October 2012 over the 6 April 2009 quake. The deadline was 5 June. On 10 June the club was expelled.',
    faithful: [
      'The firm employs 2,500 people.',
      'Its rival employs 1.5 million people.',
      'They had been married for about 18 months.',
      'The works took 14 days.',
      'He sold 400 cars in three days.',
      'A magnitude 6.2 earthquake struck the region.',
      'He was charged on Wednesday.',
      'Belgium play Ireland on Saturday.',
      'The album was recorded in August 1971.',
      'He retired in 2014.',
      'He was fined and ordered to pay £215 in total.',
      'Four players take part: Eoin Morgan, Jos Buttler and Sam Billings.',
      'The suspect had won $500 on a lottery ticket; the victim wanted half, $250.',
      'Six scientists were convicted in October 2012, three and a half years after the 6 April 2009 quake.',
      'The club was expelled on 10 June, five days after the 5 June deadline.',
    ],
    wrong: [
      ['The firm employs 3,500 people.', 'number-mismatch', '3,500'],
      ['Its rival employs 2.5 million people.', 'number-mismatch', '2.5 million'],
      ['They had been married for about 30 months.', 'unsupported-number', '30 months'],
      ['The works took 10 days.', 'number-mismatch', '10 days'],
      ['He sold 400 cars in four days.', 'number-mismatch', 'four days'],
      ['A magnitude 6.8 earthquake struck the region.', 'unsupported-number', '6.8'],
      ['He was charged on Thursday.', 'unsupported-number', 'Thursday'],
      ['Belgium play Ireland on Sunday.', 'unsupported-number', 'Sunday'],
      ['The album was recorded in July 1971.', 'date-mismatch', 'July 1971'],
      ['He retired in 2013.', 'date-mismatch', '2013'],
      ['He was fined and ordered to pay £225 in total.', 'unsupported-number', '£225'],
      ['Four players take part: Eoin Morgan, Jos Butcher and Sam Billings.', 'unsupported-name', 'Jos Butcher'],
      ['The suspect had won $500 on a lottery ticket; the victim wanted half, $200.', 'unsupported-number', '$200'],
      ['In the first half of the year the suspect had won $250 on a lottery ticket.', 'number-mismatch', '$250'],
      ['Six scientists were convicted in October 2012, two and a half years after the 6 April 2009 quake.', 'unsupported-number', 'two and a half years'],
      ['The club was expelled on 10 June, four days after the 5 June deadline.', 'unsupported-number', 'four days'],
    ],
  },
  {
    // Session 11 (probe15 on dev articles, reworded): "HQ", "Minnesotans" and "Texans", "UN Ambassador" for
    // "Ambassador to the United Nations", "half an hour", "a quarter of an hour", "2 1/2 years", "one more year" (and
    // the year it leads to), an age before "Mr".
    name: 'short forms of names, times in words, one more year',
    source: 'A guard at the U.S. Census Bureau headquarters was shot on Thursday. Six Minnesota men and two Texas men ' +
      'have been charged. In her book, the current Ambassador to the United Nations Jane Doe criticised policy ' +
      'makers. The meeting with the minister lasted half an hour, and firefighters took a quarter of an hour to ' +
      'reach the blaze. The shop opened 2 1/2 years ago. He was due to leave in 2018 but will now stay for one ' +
      'more year. Mr Rooney, 29, scored again. A 16-year-old Mr Rooney first played for Everton in 2002.',
    faithful: [
      'A guard at the Census Bureau HQ was shot on Thursday.',
      'Six Minnesotans and two Texans have been charged.',
      'UN Ambassador Jane Doe criticised policy makers in her book.',
      'The meeting with the minister lasted 30 minutes.',
      'Firefighters took 15 minutes to reach the blaze.',
      'The shop opened two and a half years ago.',
      'He has agreed a one-year extension and will stay until 2019.',
      'A 16-year-old Rooney first played for Everton in 2002.',
    ],
    wrong: [
      ['A guard at the Census Bureau HQ was shot on Friday.', 'date-mismatch', 'Friday'],
      ['Six Minnesotans and two Floridians have been charged.', 'unsupported-name', 'Floridians'],
      ['UN Ambassador John Doe criticised policy makers in her book.', 'unsupported-name', 'UN Ambassador John Doe'],
      // (The draft stops where the source goes on: "half an hour" faces the draft's figure.)
      ['The meeting with the minister lasted 40 minutes.', 'number-mismatch', '40 minutes'],
      ['Firefighters took 25 minutes to reach the blaze.', 'number-mismatch', '25 minutes'],
      ['The shop opened three and a half years ago.', 'number-mismatch', 'three and a half years'],
      ['He has agreed a two-year extension and will stay until 2020.', 'unsupported-number', '2020'],
      ['A 17-year-old Rooney first played for Everton in 2002.', 'number-mismatch', '17-year-old'],
    ],
  },
  {
    // Session 11 (probe15, a summedits/bbc-style article on Chechnya, reworded): a sentence fused from two source
    // sentences keeps each one's date; the best evidence's other date is no swap.
    name: 'a sentence fused from two, each with its own date',
    source: 'The union met on 5 June, two days after the report. On 3 June the newspaper reported that 40 homes had ' +
      'flooded. The leader confirmed the strike was agreed at the meeting in Leeds on 5 June.',
    faithful: ['The union, meeting in Leeds on 5 June, agreed a strike after the newspaper reported that 40 homes had flooded.'],
    wrong: [
      ['The union, meeting in Leeds on 6 June, agreed a strike after the newspaper reported that 40 homes had flooded.', 'date-mismatch', '6 June'],
      ['The union, meeting in Leeds on 5 June, agreed a strike after the newspaper reported that 50 homes had flooded.', 'number-mismatch', '50'],
    ],
  },
  {
    // Session 11 (probe13, a cliff-cnndm article on an England cricket shortlist, reworded): the years between the
    // ages the sources give two people the draft sentence names, in sentences the evidence search does not bring.
    name: 'years older, from two ages the sources give',
    source: 'Alec Stewart (Age 52) is director of cricket at Surrey. Andrew Strauss, 38, captained England. Michael ' +
      'Vaughan, 40, spoke to the board. Stewart and Strauss are on the shortlist. Stewart played more Tests than ' +
      'Strauss. Stewart is older than Strauss and Vaughan. Strauss and Stewart met the board on Monday. Stewart, ' +
      'Strauss and Vaughan are older than the other candidates.',
    faithful: ['Stewart is 14 years older than Strauss.', 'Alec Stewart is 12 years older than Michael Vaughan.'],
    wrong: [
      ['Stewart is 16 years older than Strauss.', 'unsupported-number', '16 years'],
      ['Stewart is 14 years older than Vaughan.', 'unsupported-number', '14 years'],
    ],
  },
  {
    // Session 12 (a battery of LLM-style summary habits on news sentences written for this test): the days between
    // two dates of the evidence sentence, counted both ways when the draft puts the length as an adjective.
    name: 'a two-day summit from the dates it began and ended',
    source: 'The summit began on 10 June and ended on 11 June in Geneva. The strike started on 3 March and was ' +
      'called off on 8 March.',
    faithful: ['The two-day summit in Geneva ended on 11 June.', 'The strike was called off on 8 March, five days after it started.'],
    wrong: [
      ['The three-day summit in Geneva ended on 11 June.', 'unsupported-number', 'three-day'],
      ['The strike was called off on 8 March, seven days after it started.', 'unsupported-number', 'seven days'],
    ],
  },
  {
    // Session 12 (the same battery): a total over the places the source counts apart, which the draft names.
    name: 'a total across two sites',
    source: 'The factory has 250 workers in Leeds and 150 in Bradford.',
    faithful: ['The factory has 400 workers across Leeds and Bradford.', 'The factory has 400 workers across its two sites.'],
    wrong: [
      ['The factory has 300 workers across Leeds and Bradford.', 'number-mismatch', '300'],
      ['The factory has 400 workers in Leeds.', 'number-mismatch', '400'],
    ],
  },
  {
    // Session 12 (the same battery): a figure given for "last year" is no span of years; "more than two dozen" is "at
    // least 25"; "a month and a half" is six weeks, loosely; a country is stated by its capital the source names.
    name: 'last year, two dozen, a month and a half, the German capital',
    source: 'The airline carried 150 million passengers last year, up from 120 million the year before. The storm ' +
      'killed at least 25 people, authorities said. The trial is expected to last six weeks. The president of ' +
      'France, Emmanuel Macron, visited Berlin on Monday.',
    faithful: [
      'Passenger numbers rose by a quarter to 150 million last year.',
      'The storm left more than two dozen people dead, authorities said.',
      'The trial is expected to last a month and a half.',
      'French President Emmanuel Macron visited the German capital on Monday.',
    ],
    wrong: [
      ['Passenger numbers rose by a quarter to 160 million last year.', 'unsupported-number', '160 million'],
      ['The storm left more than three dozen people dead, authorities said.', 'unsupported-number', 'three dozen'],
      ['The trial is expected to last two months.', 'number-mismatch', 'two months'],
      ['French President Emmanuel Macron visited the Italian capital on Monday.', 'unsupported-name', 'Italian'],
    ],
  },
  {
    // Session 12 (the same battery; probe14's "less than three hours after" 10.33pm and 12.55am): a span worked out
    // between two times of day the evidence sentence gives.
    name: 'hours between two times of day',
    source: 'Officials said the fire broke out shortly after 2am on Thursday and was brought under control by 6am. ' +
      'The first call came at 10.33pm and the last train left at 12.55am.',
    faithful: [
      'Firefighters took about four hours to bring the blaze under control on Thursday, officials said.',
      'The last train left less than three hours after the first call.',
    ],
    wrong: [
      ['Firefighters took about seven hours to bring the blaze under control on Thursday, officials said.', 'unsupported-number', 'seven hours'],
      ['The last train left less than two hours after the first call.', 'unsupported-number', 'two hours'],
    ],
  },
  {
    // Session 12 (probe17, xsumfaith and summedits articles, reworded): a span counted from a date the draft gives to
    // one in the sentences around its evidence; a date a sentence puts from the one before ("Another followed two
    // years later"); the months of a range without a year.
    name: 'spans and dates across neighbouring sentences',
    source: 'Tom Hale was killed in 2009. Police reopened the inquiry in 2012 as a murder inquiry. Mrs Cole called ' +
      'the snap election on 3 March. The vote was held on 21 April. Their first title came in 1981 with Carlos ' +
      'Ruiz. Another followed two years later, with Dan Hart. In March 2018, a bomb attack on a rally killed about ' +
      '60 people. Three months later, two similar attacks killed about 20. The figures cover the campaign period ' +
      'from 14 February to polling day, 12 June.',
    faithful: [
      'Police reopened the case as a murder inquiry in 2012, three years after his death.',
      'Mrs Cole called the election on 3 March, about seven weeks before the vote.',
      'Dan Hart won another title for them in 1983.',
      'In June 2018, two similar attacks killed about 20 people.',
      'The figures cover roughly four months, from 14 February to 12 June.',
    ],
    wrong: [
      ['Police reopened the case as a murder inquiry in 2012, four years after his death.', 'unsupported-number', 'four years'],
      ['Mrs Cole called the election on 3 March, about four weeks before the vote.', 'unsupported-number', 'four weeks'],
      ['Dan Hart won another title for them in 1984.', 'unsupported-number', '1984'],
      ['In July 2018, two similar attacks killed about 20 people.', 'unsupported-number', 'July 2018'],
      ['The figures cover roughly six months, from 14 February to 12 June.', 'unsupported-number', 'six months'],
    ],
  },
  {
    // Session 12 (probe16 on frank-cnndm articles and probe17 on xsumfaith ones, reworded): a place a hyphenated word
    // names ("Switzerland-based"), "Spaniards", "Lib Dems", "Yamaha-powered", an acronym the draft gives in brackets
    // after the words it stands for.
    name: 'demonyms, party short names, hyphenated names and bracketed acronyms',
    source: 'The drug, made by Switzerland-based company Novartis, extended survival. Holland beat Spain 4-0 in ' +
      'Brazil. The Lib Dems said the tax would cost £290 a year. It is with Yamaha that the team won 11 races. Mia ' +
      'Stone, of Transport for Wales, said the change showed what was possible.',
    faithful: [
      'The drug, made by Swiss firm Novartis, extended survival.',
      'Holland beat the Spaniards 4-0 in Brazil.',
      'The Liberal Democrats said the tax would cost £290 a year.',
      'With Yamaha-powered bikes, the team won 11 races.',
      'Mia Stone of Transport for Wales (TfW) said the change showed what was possible.',
    ],
    wrong: [
      ['The drug, made by Austrian firm Novartis, extended survival.', 'unsupported-name', 'Austrian'],
      ['Holland beat the Italians 4-0 in Brazil.', 'name-mismatch', 'Italians'],
      ['With Honda-powered bikes, the team won 11 races.', 'unsupported-name', 'Honda-powered'],
      ['Mia Stone of Transport for Wales (TfL) said the change showed what was possible.', 'unsupported-name', 'TfL'],
    ],
  },
  {
    // Session 12 (probe16 on frank-cnndm articles and probe17 on xsumfaith ones, reworded): "Nine-metre" for "Nine
    // metre", "the past year and a half" as 18 months, "over the age of 30" as a bound; a precise age is still not
    // stated by a bound on it.
    name: 'measures, halves, bounds on an age',
    source: 'Nine metre waves have been recorded off the coast. TMZ reported that the marriage began to unravel over ' +
      'the past year and a half. Since 2012, three-quarters of the places have been aimed at those over the age of ' +
      '30.',
    faithful: [
      'Nine-metre waves have been recorded off the coast.',
      'The marriage reportedly began to unravel over the past 18 months.',
      'Three-quarters of the places have gone to people over 30.',
    ],
    wrong: [
      ['Twelve-metre waves have been recorded off the coast.', 'number-mismatch', 'Twelve-metre'],
      ['The marriage reportedly began to unravel over the past 24 months.', 'number-mismatch', '24 months'],
      ['Three-quarters of the places have gone to 31-year-olds.', 'unsupported-number', '31-year-olds'],
    ],
  },
  {
    // Session 12 (probe16 on frank-cnndm articles and probe17 on xsumfaith ones, reworded): a part of a figure named
    // after it or of a figure the draft gives; how many times one figure is another; a span between dates written in
    // order across a year end; the end of a range; a pound sign a scraper mangled ("Â£").
    name: 'halves, thirds, ratios, spans over a year end, range ends, a mangled pound sign',
    source: 'Police said the winner of the $800 prize refused when his brother asked for half of it. One third of ' +
      'the £24bn cost is being provided by Korean investors. The average resident of the county earned $98,500 ' +
      'last year, compared to $61,000 nationally. The thefts took place between October 3 and April 20, according ' +
      'to the charge sheet. The agency annulled her results from 3 May 2008 to 2 May 2010. British donors are ' +
      'giving over Â£300m ($466m) a year to fight poverty in Chad.',
    faithful: [
      'His brother wanted $400, half of the prize, but he refused.',
      'Korean investors are providing a third of the £24bn cost, about £8bn.',
      'The average resident earned $98,500 last year, roughly 1.6 times the national figure of $61,000.',
      'The thefts took place between October 3 and April 20, a span of more than six months.',
      'Her annulled results run to 2 May 2010.',
      'Chad receives more than £300m a year in British aid.',
    ],
    wrong: [
      ['His brother wanted $300, half of the prize, but he refused.', 'number-mismatch', '$300'],
      ['Korean investors are providing a third of the £24bn cost, about £12bn.', 'unsupported-number', '£12bn'],
      ['The average resident earned $98,500 last year, roughly 2.6 times the national figure of $61,000.', 'unsupported-number', '2.6'],
      ['The thefts took place between October 3 and April 20, a span of more than nine months.', 'unsupported-number', 'nine months'],
      ['Her annulled results run to 3 May 2010.', 'date-mismatch', '3 May 2010'],
      ['Chad receives more than £400m a year in British aid.', 'unsupported-number', '£400m'],
    ],
  },
  {
    // Session 12 (probe16 on frank-cnndm articles and probe17 on xsumfaith ones, reworded): thousands grouped by a
    // space ("1 940 hours"); a conversion in brackets after a figure ("100 ($6; £5)"); a negation inside a quotation
    // the sources hold word for word; a speaker with a title "at" where they work.
    name: 'spaced thousands, bracketed conversions, quoted negations, titled speakers',
    source: 'In a country where people work an average of 1 940 hours a year, households take in about $9,300 after ' +
      'taxes. The 50 ($3; £2) and 100 ($6; £5) dinar notes are the largest in circulation. Captain Max Ruhl ' +
      'created controversy in 2012 when he wrote in his memoir that he would encourage gay players to keep quiet. ' +
      '"I would not encourage any gay player to come out," he wrote at the time. Speaking to the BBC, Dr Ann Hale, ' +
      'paediatric intensive care consultant at Leeds General Infirmary, said: "We do not know exactly what ' +
      'medicine she is being given, but every week that passes her prognosis worsens."',
    faithful: [
      'People work an average of 1,940 hours a year.',
      'The 50 and 100 dinar notes are the largest in circulation.',
      'In 2012, Ruhl wrote in his memoir that he "would not encourage any gay player to come out".',
      'Dr Ann Hale told the BBC that "every week that passes" her prognosis worsens.',
    ],
    wrong: [
      ['People work an average of 1,960 hours a year.', 'number-mismatch', '1,960 hours'],
      ['The 50 and 300 dinar notes are the largest in circulation.', 'number-mismatch', '300'],
      ['Dr Tom Reid told the BBC that "every week that passes" her prognosis worsens.', 'name-mismatch', 'Tom Reid'],
    ],
  },
  {
    // Session 12 (probe17 on xsumfaith articles, reworded): a month worked out from another date of the draft
    // sentence; a part "of" something a few words before the figure.
    name: 'a month from a date of the same sentence, a third of the cost',
    source: 'In July 2016, a suicide attack on a rally killed about 80 people. Two attacks during Ashura in October ' +
      'killed about 30. One third of the £18bn cost is being provided by Chinese investors.',
    faithful: [
      'In July 2016, a suicide attack on a rally killed about 80 people; three months later, in October, two attacks killed about 30.',
      'Chinese investors are providing a third of the cost, about £6bn.',
    ],
    wrong: [
      ['In July 2016, a suicide attack on a rally killed about 80 people; three months later, in November, two attacks killed about 30.', 'unsupported-number', 'November'],
      ['Chinese investors are providing a third of the cost, about £9bn.', 'number-mismatch', '£9bn'],
    ],
  },
  {
    // Session 12 (probe17, BBC tennis reports, reworded): an ordinal after an adjective ("a tense fourth set"); "take
    // the second" and "the second set" are two claims of the sources, so the draft's "second set" is stated.
    name: 'ordinals of sets',
    source: 'Weber led 5-2 in a tense fourth set. Ruiz saved set points in three straight games. A fifth set would ' +
      'have meant closing the roof. Ito fought back well to take the second. Ruiz beat Weber in a rain-affected ' +
      'match on Court Two. Ruiz swept through the second set in just 19 minutes. Ruiz then clinched the fifth set.',
    faithful: ['Ruiz came back from 5-2 down in the fourth set.', 'Ruiz beat Weber on Court Two; he took the second set in only 19 minutes.'],
    wrong: [['Ruiz came back from 5-2 down in the third set.', 'number-mismatch', 'third']],
  },
  {
    // Session 12 (probe18 on cliff and goyal21 articles, reworded): a margin of two figures the evidence gives, a
    // difference from the draft's own figure, "Kaduna-bound", "the 61-year old".
    name: 'margins, differences, place-bound, a hyphen left out of an age',
    source: 'He scored 8,720 points in Tokyo. Spain\'s Luis Mora took silver with 8,605. She beat her fundraising ' +
      'target of £2,000 by raising £2,340.50 from 61 donations. The bus was heading to the city of Kaduna, 90 ' +
      'kilometers away, when the bag exploded. But now the 61-year old Rossi was busy keeping fit by swimming.',
    faithful: [
      'He beat Mora by 115 points.',
      'She raised about £340 more than her £2,000 target.',
      'The bag exploded beside a Kaduna-bound bus.',
      'Rossi, 61, keeps fit by swimming.',
    ],
    wrong: [
      ['He beat Mora by 125 points.', 'number-mismatch', '125'],
      ['She raised about £540 more than her £2,000 target.', 'number-mismatch', '£540'],
      ['The bag exploded beside a Lagos-bound bus.', 'unsupported-name', 'Lagos-bound'],
      ['Rossi, 71, keeps fit by swimming.', 'number-mismatch', '71'],
    ],
  },
  {
    // Session 12 (probe16, a frank-cnndm article, reworded): "two days before Christmas" from the draft's own
    // December 23.
    name: 'two days before Christmas',
    source: 'Manohar offered to help Nurse A with her training on December 23, 2013, the court heard.',
    faithful: ['He allegedly groped Nurse A on December 23, 2013, two days before Christmas, after offering to help with her training.'],
    wrong: [['He allegedly groped Nurse A on December 23, 2013, three days before Christmas, after offering to help with her training.', 'unsupported-number', 'three days']],
  },
  {
    // Session 13 (probe18, goyal21-xsum-40730958 and a goyal21 election article, reworded): tokenised sources split
    // decimals at their point ("43. 31 %", "3, 429. 58"); a draft writes them whole.
    name: 'decimals split by tokenisation',
    source: "the ruling party got 52. 18 % of the vote compared to its rival's 41. 06 %. the index closed up 0. 7 % at 4, 512. 36, while a new probe weighs just 1. 8 tonnes.",
    faithful: ['The ruling party won 52.18% of the vote against its rival\'s 41.06%. The index rose 0.7% to 4,512.36, and the probe weighs 1.8 tonnes.'],
    wrong: [
      ['The ruling party won 52.18% of the vote against its rival\'s 41.6%.', 'unsupported-number', '41.6%'],
      ['The index rose 0.7% to 4,512.63.', 'unsupported-number', '4,512.63'],
    ],
  },
  {
    // Session 13 (probe18, a goyal21 XSum article, reworded): lower-cased sources write the month "in may.".
    name: 'a month in lower-cased text',
    source: 'the losing run started with the 28-12 defeat by italy in may.',
    faithful: ['The losing run began with the 28-12 defeat by Italy in May.'],
    wrong: [['The losing run began with the 28-12 defeat by Italy in June.', 'date-mismatch', 'June']],
  },
  {
    // Session 13 (probe19, a frank-bbc heptathlon report, reworded): the source counts "points" once and gives the
    // rival's figure bare; the draft puts the noun on both.
    name: 'a counted noun the source does not repeat',
    source: "Marova beat Briton Lorne to gold at the 2011 World Championships. She won world gold in Tarvik with a personal best of 6,920 points, beating defending champion Lorne's 6,704.",
    faithful: ["Marova beat Lorne's 6,704 points to win gold at the 2011 World Championships.", "Marova won gold in Tarvik with 6,920 points, beating Lorne's 6,704 points."],
    wrong: [["Marova beat Lorne's 6,740 points to win gold at the 2011 World Championships.", 'number-mismatch', '6,740']],
  },
  {
    // Session 13 (probe19, a frank-bbc article on India's note ban, reworded): the source's rough share stands where
    // the draft put another; two figures listed with "and" are no change to work a percentage out from.
    name: 'a rough share and figures that are no change',
    source: 'New 2,000 and 500 rupee notes are being issued. The old notes make up some 85% of the cash in circulation. Sales rose from 400 to 500 tonnes.',
    faithful: ['The old notes are some 85% of the cash in circulation.', 'Sales rose by 25%, from 400 to 500 tonnes.', 'The old notes are about 85% of the cash in circulation.'],
    wrong: [
      ['The old notes are some 80% of the cash in circulation.', 'number-mismatch', '80%'],
      ['- Share of cash in circulation: some 80%', 'number-mismatch', '80%'],
    ],
  },
  {
    // Session 13 (probe19, a frank-cnndm article, reworded): a quotation of two sentences, a word changed in the first.
    name: 'a quotation of two sentences',
    source: '"He\'s lost a lot of weight. He\'s not in good health," Dorn said of his brother on Friday.',
    faithful: ['Dorn said: "He\'s lost a lot of weight. He\'s not in good health."', '"He\'s lost a lot of weight. He\'s not in good health," Dorn said.'],
    wrong: [
      ['Dorn said: "He\'s lost a little weight. He\'s not in good health."', 'quote-mismatch', "He's lost a little weight"],
      ['"He\'s lost a lot of weight. He\'s not in bad health," Dorn said.', 'quote-mismatch', "He's not in bad health"],
    ],
  },
  {
    // Session 13 (probe18, a cliff-cnndm article, reworded): an age worked out from an age and a number of years.
    name: 'an age from an age and years',
    source: 'Writing in his column, Tom Marsh said Harold Pike has been a supporter for 62 years, having attended his first match aged 9.',
    faithful: ['The 71-year-old has followed the club since his first match at the age of nine.'],
    wrong: [['The 72-year-old has followed the club since his first match at the age of nine.', 'unsupported-number', '72-year-old']],
  },
  {
    // Session 13 (probe16, a frank-cnndm article, reworded): "who said: 'Plenty of …" opens a quotation the next
    // sentence closes; its first word is no speaker.
    name: 'a quotation opened after "said:"',
    source: "That echoes researchers such as Jane Porter, professor of transport at Leeds University, who said: 'Plenty of the effects of rapid growth are harmful.\n'We do not need up to four million more cars by 2040. Almost all of that growth will be in cities.'",
    faithful: ['Leeds transport professor Jane Porter said: "We do not need up to four million more cars by 2040."'],
    wrong: [['Leeds transport professor Jane Porter said: "We do not need up to five million more cars by 2040."', 'quote-mismatch', 'We do not need up to five million more cars by 2040']],
  },
  {
    // Session 13 (probe16, a frank-cnndm article, reworded): the son's first name where the evidence says "Hale
    // Junior".
    name: 'a first name for "Junior"',
    source: "Mick Hale begins his racing career this weekend. This is the first time that Hale Junior is racing under his own name after using his mother's maiden name, Betts, to avoid attention.",
    faithful: ["For the first time, Mick is racing under his own name, having previously used his mother's maiden name, Betts."],
    wrong: [["For the first time, Tom is racing under his own name, having previously used his mother's maiden name, Betts.", 'name-mismatch', 'Tom']],
  },
  {
    // probe21 (long paraphrases of xsumfaith and frank articles) and probe22 (typography), reworded: a speaker set off
    // by a description, a title after a party's possessive, "barred … from" for "could not", accents a scraper
    // mangled ("FÃ©in"), a caption or byline glued to the next line, dates of numbers only written day first, and
    // "per cent" for "%" inside a quotation.
    name: 'a council, a quarrel over a form, a transfer rule and a survey of wrecks',
    source:
      'Ministers announced the closure of two depots on Monday. Responding for Labour, Shadow Transport Secretary Rhian Powell, MP for Kilbury, said the department was "right to review its estate".\n' +
      'The online form now asks for a phone number. Lawyer Ruth Okafor, partner at the firm Dellmont, said applicants are "unlikely to read the notes at the bottom".\n' +
      'The club blocked the transfer because league rules stated foreign players could not sign after the deadline.\n' +
      'The panel includes politicians from Sinn FÃ©in and the Green party. The Sinn FÃ©in councillor Aoife Daly said the meeting was "a first step".\n' +
      'Most of the wrecks were charted in 1950.Source: Harbour Heritage TrustCouncillor Dan Reeve said the survey mattered.\n' +
      '4 May 2015 Last updated at 10:05 GMTMartin Cole-Hart and his sister Ruth won the pairs race.\n' +
      'The thefts are alleged to have happened between 1 July 2009 and 31 December 2012, and the shop reopened on 3 February 2015.\n' +
      '"We need to be 100% focused on the final," said captain Lee Brand.\n',
    faithful: [
      "Labour's Ms Powell said the department was \"right to review its estate\".",
      'But Ms Okafor said applicants are "unlikely to read the notes at the bottom".',
      'The club blocked the transfer, as league rules barred foreign players from signing after the deadline.',
      'Sinn Féin councillor Aoife Daly said the meeting was "a first step".',
      'The wrecks were charted in 1950, according to the Harbour Heritage Trust.',
      'Martin Cole-Hart and his sister Ruth won the pairs race.',
      'The thefts are alleged to have happened between 1/7/2009 and 31/12/2012.',
      'The shop reopened on 3/2/2015.',
      'Captain Lee Brand said the team needed to be “100 per cent focused on the final”.',
    ],
    wrong: [
      ['The club blocked the transfer, as league rules stated foreign players could sign after the deadline.', 'negation-mismatch', 'could sign'],
      ['The shop reopened on 4/2/2015.', 'date-mismatch', '4/2/2015'],
      ['Captain Lee Brand said the team needed to be “100 per cent committed to the final”.', 'quote-mismatch', '100 per cent committed to the final'],
      ['But Mr Dellmont said applicants are "unlikely to read the notes at the bottom".', 'name-mismatch', 'Dellmont'],
    ],
  },
];

function serious(index: SourceIndex, draft: string): string[] {
  return checkDraft(draft, index, { kind: 'markdown' }).findings.filter(f => f.severity !== 'info').map(f => `${f.rule} "${f.actual}"`);
}

describe('engine: faithful paraphrases and one-fact changes', () => {
  for (const p of PASSAGES) {
    describe(p.name, () => {
      const index = indexSources([{ path: 'source.txt', text: p.source }]);
      it('raises nothing on the faithful paraphrases', () => {
        for (const line of p.faithful) assert.deepEqual(serious(index, line), [], line);
      });
      it('flags each changed fact by its rule, at its words', () => {
        for (const [line, rule, words] of p.wrong) assert.ok(serious(index, line).includes(`${rule} "${words}"`), `${line}: ${JSON.stringify(serious(index, line))}`);
      });
    });
  }
});
