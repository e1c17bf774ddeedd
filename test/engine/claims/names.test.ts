// Names: capitalised runs typed as person, place or organisation, from the seed article's sentences and other news
// sentences; and when two names can refer to the same thing.
import { strict as assert } from 'node:assert';
import { checkDraft, indexSources } from '../../../server/src/engine';
import { analyseSentence } from '../../../server/src/engine/claims';
import { comparableNames, namesAgree, spelledAlike, type NameClaim } from '../../../server/src/engine/names';

function names(text: string): NameClaim[] {
  return analyseSentence({ start: 0, end: text.length, text, block: 'paragraph' }).names;
}

/** [text, start, type, place?] for each name, checking that the span covers the text. */
function brief(text: string): Array<[string, number, string, string?]> {
  return names(text).map(n => {
    assert.equal(text.slice(n.start, n.end), n.text);
    return n.place ? [n.text, n.start, n.type, n.place] : [n.text, n.start, n.type];
  });
}

function name(text: string, words: string): NameClaim {
  const found = names(text).filter(n => n.text === words);
  assert.equal(found.length, 1, `expected the name "${words}" in "${text}", got ${JSON.stringify(names(text).map(n => n.text))}`);
  return found[0];
}

// Sentences of the seed article (sample/article.txt).
const PROMISE = 'North Korean leader Kim Jong Un has promised Russian President Vladimir Putin that his country will give the Ukrainian war its “full and unconditional support” in order to protect its security interests.';
const SPEAKING = 'Speaking on behalf of the South Korean Foreign Ministry, Lim Soo-suk said that while Seoul was closely monitoring Kim’s visit, it was still in contact with Moscow.';
const ACCOMPANIED = 'Kim was accompanied by Pak Thae Song, the head of North Korea’s committee for space science and technology, and Navy Adm. Kim Myong Sik, both of whom are involved in the country’s efforts to obtain spy satellites and ballistic missile submarines with nuclear warheads.';
const UN = 'No U.N. member state should transgress Security Council restrictions on North Korea by engaging in an illicit arms trade.';

describe('claims: names', () => {
  describe('extraction', () => {
    it('splits "Russian President Vladimir Putin" into a place and a person, and keeps "Kim Jong Un" whole', () => {
      assert.deepEqual(brief(PROMISE), [
        ['North Korean', 0, 'place', 'north korea'],
        ['Kim Jong Un', 20, 'unknown'],
        ['Russian', 45, 'place', 'russia'],
        ['Vladimir Putin', 63, 'person'],
        ['Ukrainian', 109, 'place', 'ukraine'],
      ]);
      assert.deepEqual(name(PROMISE, 'Kim Jong Un').words, ['kim', 'jong', 'un']);
    });

    it('reads an organisation, a hyphenated Korean name, and cities as their countries', () => {
      assert.deepEqual(brief(SPEAKING), [
        ['South Korean Foreign Ministry', 26, 'org'],
        ['Lim Soo-suk', 57, 'unknown'],
        ['Seoul', 85, 'place', 'south korea'],
        ['Kim’s', 114, 'unknown'],
        ['Moscow', 156, 'place', 'russia'],
      ]);
      assert.deepEqual(name(SPEAKING, 'Lim Soo-suk').words, ['lim', 'soo', 'suk']);
    });

    it('drops the titles of "Navy Adm. Kim Myong Sik" and types him a person; a lone sentence-initial name is marked initial', () => {
      assert.deepEqual(brief(ACCOMPANIED), [
        ['Kim', 0, 'unknown'],
        ['Pak Thae Song', 23, 'unknown'],
        ['North Korea’s', 50, 'place', 'north korea'],
        ['Kim Myong Sik', 122, 'person'],
      ]);
      assert.equal(name(ACCOMPANIED, 'Kim').initial, true);
      assert.equal(name(ACCOMPANIED, 'Kim Myong Sik').initial, false);
    });

    it('drops a preposition that opens the sentence before a place: "Near Lyon", "Across Manchester", not "Near East" (probe20)', () => {
      assert.deepEqual(brief('Near Lyon, the bridge collapsed.').map(n => n[0]), ['Lyon']);
      assert.deepEqual(brief('Across Manchester, roads were closed.').map(n => n[0]), ['Manchester']);
      assert.deepEqual(brief('Near East politics are complex.').map(n => n[0]), ['Near East']);
    });

    it('reads the acronym "U.N." as an organisation', () => {
      assert.deepEqual(brief(UN), [
        ['U.N.', 3, 'org'],
        ['Security Council', 39, 'org'],
        ['North Korea', 72, 'place', 'north korea'],
      ]);
    });

    it('drops the ordinary words a sentence starts with ("The", "In", "Speaking")', () => {
      assert.deepEqual(brief('The two leaders then had separate meetings with each other and their delegations.'), []);
      assert.deepEqual(brief('In Siberia the leaders met.'), [['Siberia', 3, 'unknown']]);
      assert.deepEqual(brief('Speaking to reporters, Putin said the talks went well.'), [['Putin', 23, 'unknown']]);
      // A request opening the sentence ("See", "Ask"), not a first name; "Mark" may be one.
      assert.deepEqual(brief('See Powell for the details.').map(b => b[0]), ['Powell']);
      assert.deepEqual(brief('Ask Apple about it.').map(b => b[0]), ['Apple']);
      assert.deepEqual(brief('Mark Carney spoke.').map(b => b[0]), ['Mark Carney']);
      assert.deepEqual(brief("I've read it, and I’m sure I'd do it again; I'll say so."), []);
    });

    it('gives no names for a headline in title case or capitals, but does for the same words in sentence case', () => {
      assert.deepEqual(brief('Kim Promises To Support Russia In Its Sacred Fight'), []);
      assert.deepEqual(brief('NORTH KOREA VOWS SUPPORT FOR RUSSIA'), []);
      assert.deepEqual(brief('Kim promises to support Russia'), [['Kim', 0, 'unknown'], ['Russia', 24, 'place', 'russia']]);
    });

    it('keeps "New" in "New Zealand" and reads a regiment as one organisation (CLIFF xsum-38157000, xsum-35266927)', () => {
      assert.deepEqual(brief('Worcestershire have re-signed New Zealand all-rounder Mitchell Santner.'), [
        ['Worcestershire', 0, 'unknown'],
        ['New Zealand', 30, 'place', 'new zealand'],
        ['Mitchell Santner', 54, 'unknown'],
      ]);
      assert.deepEqual(brief('New research shows it.'), []);
      assert.deepEqual(brief('He served in the Ulster Defence Regiment (UDR) for ten years.'), [['Ulster Defence Regiment', 17, 'org'], ['UDR', 42, 'org']]);
    });

    it('cuts a weekday off a name run ("President Joe Biden Thursday"), leaving it to the date extractor', () => {
      const text = 'President Joe Biden Thursday unveiled new details of the plan.';
      assert.deepEqual(brief(text), [['Joe Biden', 10, 'person']]);
    });
  });

  it('takes no lone letter for a name, nor a currency code: "40°C", "USD 5 billion"', () => {
    const text = 'Temperatures hit 40°C. The firm was valued at USD 5 billion by Goldman Sachs.';
    assert.deepEqual(analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).names.filter(n => !n.initial).map(n => n.text), ['Goldman Sachs']);
  });

  it('reads "Soviet-style", "Perth-born" and "US-led" as adjectives of the name: its words are the name\'s', () => {
    const text = 'They had Soviet-style rockets, a Perth-born coach and a US-led coalition, said Lim Soo-suk, who watches Al-Qaeda.';
    const names = analyseSentence({ text, start: 0, end: text.length, block: 'paragraph' }).names;
    assert.deepEqual(names.map(n => [n.text, n.words]), [
      ['Soviet-style', ['soviet']],
      ['Perth-born', ['perth']],
      ['US-led', ['us']],
      ['Lim Soo-suk', ['lim', 'soo', 'suk']],
      ['Al-Qaeda', ['al', 'qaeda']],
    ]);
    const index = indexSources([{ path: 's.txt', text: 'Tens of millions of rockets with Soviet-inspired designs could be found there.' }]);
    assert.deepEqual(checkDraft('Tens of millions of Soviet-style rockets could be found there.', index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info'), []);
  });

  describe('namesAgree', () => {
    it('a surname agrees with the full name: "Mr Kim" / "Kim Jong Un"', () => {
      const mrKim = name('Mr Kim was accompanied by officials from his country.', 'Kim');
      assert.equal(mrKim.type, 'person');
      assert.equal(namesAgree(mrKim, name(PROMISE, 'Kim Jong Un')), true);
      assert.equal(namesAgree(name(PROMISE, 'Kim Jong Un'), mrKim), true);
    });

    it('a demonym agrees with its country: "Russian" / "Russia"', () => {
      const russia = name('The conference took place at a facility in Russia.', 'Russia');
      assert.equal(namesAgree(name(PROMISE, 'Russian'), russia), true);
      assert.equal(namesAgree(name(SPEAKING, 'Moscow'), russia), true);
    });

    it('a demonym for people in the plural agrees with its country: "Yemenis" / "Yemen", "Croats" / "Croatia"; "Chinese" stays', () => {
      const yemen = name('The WHO said 1.2 million people had been infected with cholera in Yemen since April 2017.', 'Yemen');
      assert.equal(namesAgree(name('Cholera has infected 1.2m Yemenis since April 2017.', 'Yemenis'), yemen), true);
      const croatia = name('The team flew home to Croatia on Monday.', 'Croatia');
      assert.equal(namesAgree(name('The Croats flew home on Monday.', 'Croats'), croatia), true);
      assert.equal(namesAgree(name('The Croats flew home on Monday.', 'Croats'), yemen), false);
    });

    it('an acronym agrees with the words it stands for: "U.N." / "United Nations"', () => {
      const full = name('A spokesman for the United Nations said the organisation was deeply worried by the reports.', 'United Nations');
      assert.equal(namesAgree(name(UN, 'U.N.'), full), true);
      assert.equal(namesAgree(full, name(UN, 'U.N.')), true);
    });

    it('an acronym with or without the particles of the name: "BOJ" / "Bank of Japan", "FBI" / "Federal Bureau of Investigation"', () => {
      const boj = name('The Bank of Japan spent 4.3 trillion yen on Wednesday buying bonds.', 'Bank of Japan');
      assert.equal(namesAgree(name('The BOJ spent 4.3 trillion yen on Wednesday buying bonds.', 'BOJ'), boj), true);
      const fbi = name('The Federal Bureau of Investigation opened an inquiry into the leak on Monday.', 'Federal Bureau of Investigation');
      assert.equal(namesAgree(name('The FBI opened an inquiry into the leak on Monday.', 'FBI'), fbi), true);
      assert.equal(namesAgree(name('The BOE spent 4.3 trillion yen on Wednesday buying bonds.', 'BOE'), boj), false);
      // End to end, as unsupported-name sees it.
      const index = indexSources([{ path: 's.txt', text: 'The Bank of Japan spent 4.3 trillion yen ($31.7 billion) on Wednesday buying bonds.\n' }]);
      assert.deepEqual(checkDraft('The BOJ spent ¥4.3tn buying bonds on Wednesday.', index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info'), []);
    });

    it('an acronym with more than initials, or of the name after its owner: "STScI", "NASA", "JWST" for "NASA\'s James Webb Space Telescope"', () => {
      const index = indexSources([{ path: 's.txt', text: "NASA's James Webb Space Telescope captured the image, said Klaus Pontoppidan of the Space Telescope Science Institute, part of the National Aeronautics and Space Administration.\n" }]);
      const serious = (d: string) => checkDraft(d, index, { kind: 'plaintext' }).findings.filter(f => f.severity !== 'info').map(f => f.actual);
      assert.deepEqual(serious('The JWST captured the image, said Pontoppidan of the STScI.'), []);
      assert.deepEqual(serious('The image was captured by NASA.'), []);
      // Letters that spell out no name of the sources.
      assert.deepEqual(serious('The JWT captured the image, said Pontoppidan of the STCI.'), ['JWT', 'STCI']);
    });

    it('a short form agrees word by word: "Man Utd" / "Manchester United"', () => {
      const short = name('Fans said they were happy that Man Utd had won the match at the stadium on a cold evening.', 'Man Utd');
      const full = name('The fans of Manchester United were delighted when the team reached the third round of the cup.', 'Manchester United');
      assert.equal(namesAgree(short, full), true);
      assert.equal(namesAgree(full, short), true);
    });

    it('a clipped first word agrees with the whole name: "the Fed" / "Federal Reserve"; "Fe" does not, nor "Fed" / "Reserve Bank"', () => {
      const fed = name('Markets rallied after the Fed held interest rates on Wednesday.', 'Fed');
      const full = name('Markets rallied after the Federal Reserve held interest rates on Wednesday.', 'Federal Reserve');
      assert.equal(namesAgree(fed, full), true);
      assert.equal(namesAgree(full, fed), true);
      assert.equal(namesAgree(name('Markets rallied after the Fe group held rates.', 'Fe'), full), false);
      assert.equal(namesAgree(fed, name('Markets rallied after the Reserve Bank held rates.', 'Reserve Bank')), false);
    });

    it('spelledAlike: one word a letter apart, the words long enough ("Trussell" / "Trussel"), not "Sung" / "Song"', () => {
      const a = name('The Trussell Trust runs food banks across the country.', 'Trussell Trust');
      const b = name('The Trussel Trust runs food banks across the country.', 'Trussel Trust');
      assert.equal(spelledAlike(a, b), true);
      assert.equal(spelledAlike(name(SPEAKING, 'Lim Soo-suk'), name('Speaking for the ministry, Lim Soo-sak said so.', 'Lim Soo-sak')), false);
      assert.equal(spelledAlike(name('Kim met Pak Thae Sung there.', 'Pak Thae Sung'), name('Kim met Pak Thae Song there.', 'Pak Thae Song')), false);
    });

    it('different people, places or organisations disagree', () => {
      assert.equal(namesAgree(name(PROMISE, 'Vladimir Putin'), name(PROMISE, 'Kim Jong Un')), false);
      assert.equal(namesAgree(name(PROMISE, 'Kim Jong Un'), name(ACCOMPANIED, 'Kim Myong Sik')), false, 'a shared family name is not enough');
      assert.equal(namesAgree(name(SPEAKING, 'Lim Soo-suk'), name(ACCOMPANIED, 'Pak Thae Song')), false);
      assert.equal(namesAgree(name('The conflict in Ukraine is the sacred fight that Russia is fighting.', 'Ukraine'), name(PROMISE, 'Russian')), false);
      assert.equal(namesAgree(name(SPEAKING, 'Seoul'), name(SPEAKING, 'Moscow')), false);
    });
  });

  describe('comparableNames', () => {
    it('names of the same type compare; a person and a place do not', () => {
      assert.equal(comparableNames(name(PROMISE, 'Vladimir Putin'), name(PROMISE, 'Russian')), false);
      assert.equal(comparableNames(name(SPEAKING, 'Seoul'), name(SPEAKING, 'Moscow')), true);
      assert.equal(comparableNames(name(SPEAKING, 'Lim Soo-suk'), name(ACCOMPANIED, 'Pak Thae Song')), true);
      assert.equal(comparableNames(name(PROMISE, 'Vladimir Putin'), name(ACCOMPANIED, 'Kim Myong Sik')), true);
      assert.equal(comparableNames(name(SPEAKING, 'Lim Soo-suk'), name(SPEAKING, 'Seoul')), false, 'an unknown type does not stand for a place');
    });
  });
});
