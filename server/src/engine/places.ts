// Countries and regions with their demonyms and short forms, so that "Russian" is read as Russia, "U.S." as the
// United States and "Britain" as the United Kingdom.

// Each entry: canonical name | other names and demonyms.
const PLURAL_DEMONYM = /^[a-z ]{3,}(?:an|i|e|o|ot|at|k|n)$/;
const TABLE = `
afghanistan|afghan|afghans
albania|albanian
algeria|algerian
argentina|argentine|argentinian
armenia|armenian
australia|australian|aussie
austria|austrian
azerbaijan|azerbaijani|azeri
bahrain|bahraini
bangladesh|bangladeshi
belarus|belarusian
belgium|belgian
bolivia|bolivian
bosnia|bosnian
brazil|brazilian
bulgaria|bulgarian
cambodia|cambodian
cameroon|cameroonian
canada|canadian
chile|chilean
china|chinese|prc
colombia|colombian
croatia|croatian|croat
cuba|cuban
cyprus|cypriot
czech republic|czech|czechia
denmark|danish|dane
egypt|egyptian
england|english|englishman|englishwoman
estonia|estonian
ethiopia|ethiopian
europe|european|eu|e.u.|european union
finland|finnish|finn
france|french|frenchman|frenchwoman
georgia|georgian
germany|german
ghana|ghanaian
greece|greek
hungary|hungarian
iceland|icelandic
india|indian
indonesia|indonesian
iran|iranian
iraq|iraqi
ireland|irish|irishman|irishwoman
northern ireland|northern irish|northern irishman|ulster
israel|israeli
italy|italian
jamaica|jamaican
japan|japanese
jordan|jordanian
kazakhstan|kazakh
kenya|kenyan
north korea|north korean|dprk|pyongyang
south korea|south korean|seoul
korea|korean
kuwait|kuwaiti
latvia|latvian
lebanon|lebanese
libya|libyan
lithuania|lithuanian
malaysia|malaysian
mexico|mexican
morocco|moroccan
netherlands|dutch|holland
new zealand|new zealander|kiwi
nigeria|nigerian
norway|norwegian
pakistan|pakistani
palestine|palestinian
peru|peruvian
philippines|filipino|philippine
poland|polish|pole
portugal|portuguese
qatar|qatari
romania|romanian
russia|russian|russian federation|moscow|kremlin
saudi arabia|saudi
scotland|scottish|scot|scots|scotsman|scotswoman
serbia|serbian
singapore|singaporean
slovakia|slovak
slovenia|slovenian
somalia|somali
south africa|south african
spain|spanish|spaniard|spaniards
sri lanka|sri lankan
sudan|sudanese
sweden|swedish|swede
switzerland|swiss
syria|syrian
taiwan|taiwanese
thailand|thai
tunisia|tunisian
turkey|turkish|turk|turkiye
uganda|ugandan
ukraine|ukrainian|kyiv|kiev
united arab emirates|uae|emirati
united kingdom|uk|u.k.|britain|british|great britain|briton|britons
united states|us|u.s.|usa|u.s.a.|america|american|americans|united states of america|washington
venezuela|venezuelan
vietnam|vietnamese
wales|welsh|welshman|welshwoman
yemen|yemeni
zimbabwe|zimbabwean
africa|african
asia|asian
latin america|latin american
middle east|middle eastern
`;

const ALIAS = new Map<string, string>();
for (const line of TABLE.trim().split('\n')) {
  const [canon, ...others] = line.split('|');
  ALIAS.set(canon, canon);
  for (const o of others) if (!ALIAS.has(o)) ALIAS.set(o, canon);
  // Demonyms for people take an "s": "Yemenis", "Russians", "Kenyans", "Croats", "Thais" (not "Chinese", "Swiss").
  for (const o of others) if (PLURAL_DEMONYM.test(o) && !ALIAS.has(`${o}s`)) ALIAS.set(`${o}s`, canon);
}

/** Capitals the table reads as their country ("Moscow said" is Russia speaking); where the writer means the city
 *  ("in Moscow", "the Moscow embassy") names.ts keeps the city. */
export const CAPITALS = new Set(['moscow', 'kyiv', 'kiev', 'pyongyang', 'seoul', 'washington']);

/** Countries by their capital cities, for the one direction that holds: a source that names Berlin states that
 *  something is German ("the German capital"); a source that names Germany does not state Berlin. */
const CAPITAL_OF_COUNTRY = `
afghanistan|kabul
algeria|algiers
argentina|buenos aires
australia|canberra
austria|vienna
azerbaijan|baku
bangladesh|dhaka
belarus|minsk
belgium|brussels
brazil|brasilia
bulgaria|sofia
canada|ottawa
chile|santiago
china|beijing
colombia|bogota
croatia|zagreb
cuba|havana
czech republic|prague
denmark|copenhagen
egypt|cairo
england|london
estonia|tallinn
ethiopia|addis ababa
finland|helsinki
france|paris
georgia|tbilisi
germany|berlin
greece|athens
hungary|budapest
iceland|reykjavik
india|new delhi|delhi
indonesia|jakarta
iran|tehran
iraq|baghdad
ireland|dublin
northern ireland|belfast
italy|rome
japan|tokyo
jordan|amman
kenya|nairobi
lebanon|beirut
latvia|riga
libya|tripoli
lithuania|vilnius
malaysia|kuala lumpur
mexico|mexico city
morocco|rabat
netherlands|amsterdam|the hague
new zealand|wellington
nigeria|abuja
norway|oslo
pakistan|islamabad
peru|lima
philippines|manila
poland|warsaw
portugal|lisbon
qatar|doha
romania|bucharest
saudi arabia|riyadh
scotland|edinburgh
serbia|belgrade
slovakia|bratislava
south africa|pretoria|cape town
spain|madrid
sri lanka|colombo
sudan|khartoum
sweden|stockholm
switzerland|bern
syria|damascus
thailand|bangkok
tunisia|tunis
turkey|ankara
uganda|kampala
united arab emirates|abu dhabi
united kingdom|london
venezuela|caracas
vietnam|hanoi
wales|cardiff
zimbabwe|harare
`;
const CAPITALS_BY_COUNTRY = new Map<string, string[][]>(
  CAPITAL_OF_COUNTRY.trim().split('\n').map(line => {
    const [country, ...cities] = line.split('|');
    return [country, cities.map(c => c.split(' '))];
  }),
);

/** The capital cities of a canonical place (`canonicalPlace`), each as its lower-case words. */
export function capitalsOf(place: string): readonly string[][] {
  return CAPITALS_BY_COUNTRY.get(place) ?? [];
}

/** The canonical place for a lower-cased name or demonym ("russian" → "russia"), or undefined. */
export function canonicalPlace(lower: string): string | undefined {
  // The replacements only when they change something: this runs for every new word and every name.
  let key = lower;
  if (key.includes('’')) key = key.replace(/’/g, "'");
  if (key.endsWith("'s")) key = key.slice(0, -2);
  return ALIAS.get(key);
}
