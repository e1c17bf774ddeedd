// Word tokens with offsets, their normal forms and a light stem, shared by every stage that compares words.

export interface Token {
  /** Offsets into the document (UTF-16). */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened, possessive 's dropped. */
  norm: string;
  /** A light stem of norm, for matching inflected forms (fights/fight, talks/talked). */
  stem: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Contains a digit. */
  num: boolean;
  /** A function word that carries no content. */
  stop: boolean;
}

// Words: letters (any script), digits, with inner apostrophes, hyphens, periods (U.N., 3.5) and separators (1,000).
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-‐‑](?=[\p{L}\p{N}])|[.,](?=\p{N})|\.(?=\p{Lu}\.)|(?<=\b\p{Lu})\.(?=\p{Lu}))*\.?/gu;

export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then that this these those ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which what ' +
    'there here when where why how all any both each either neither few more most other some such no not only own same too very ' +
    'just also s t up down out off again further once if while because until after before during through between against ' +
    'said says say told tells according new one ones'
  ).split(/\s+/),
);

/** Strips a possessive and normalises apostrophes, accents and case. */
export function normWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/[‐‑]/g, '-');
  // Accents of Latin letters do not tell words apart: "Féin" / "Fein", "Zürich" / "Zurich".
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(w)) w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.endsWith('.') && !/\.\p{L}\.$/u.test(w) && !/^\p{L}\.$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** A light suffix-stripping stem: enough to match fight/fights/fighting, country/countries, talked/talks. */
export function stem(norm: string): string {
  let w = norm;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // doubled consonant left by -ing/-ed: "stopped" -> "stopp" -> "stop"
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** What a token is as a word: everything but its offsets. */
type WordForm = Omit<Token, 'start' | 'end'>;

// A token's fields other than its offsets depend only on the matched characters, and a text uses the same few
// thousand words again and again: each is worked out once (the table is cleared when it grows large).
const FORMS_KEPT = 200_000;
const forms = new Map<string, WordForm | null>();

function formOf(match: string): WordForm | null {
  let raw = match;
  // A trailing period belongs to the token only for abbreviations like "U.S." or initials "A."
  if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) && !/\.\p{L}\.$/u.test(raw)) raw = raw.slice(0, -1);
  const norm = normWord(raw);
  if (!norm) return null;
  return { text: raw, norm, stem: stem(norm), cap: /^\p{Lu}/u.test(raw), num: /\p{N}/u.test(raw), stop: STOPWORDS.has(norm) };
}

/** Tokenises `text`, whose first character is at document offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const match = m[0];
    let f = forms.get(match);
    if (f === undefined) {
      if (forms.size >= FORMS_KEPT) forms.clear();
      f = formOf(match);
      forms.set(match, f);
    }
    if (f === null) continue;
    const start = base + m.index;
    out.push({ start, end: start + f.text.length, text: f.text, norm: f.norm, stem: f.stem, cap: f.cap, num: f.num, stop: f.stop });
  }
  return out;
}

/** Tokens that carry content: not function words, not bare punctuation. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter(t => !t.stop);
}
