/**
 * Vietnamese-aware text normalisation for search. Members type with or without diacritics, in any
 * case, with abbreviations and typos; everything is folded to plain a-z0-9 syllables so that
 * "Đại hội", "dai hoi" and "ĐẠI HỘI" meet.
 */

const MARKS = /[\u0300-\u036f]/g;
/** One combining mark (not global: `test` keeps no state). */
const A_MARK = /[\u0300-\u036f]/;
/** Printable ASCII only: folding is then just lower case (no marks, no đ, nothing to normalise). */
const PLAIN = /^[\u0020-\u007e]*$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The five tone marks, numbered 1..5 (huyền, sắc, ngã, hỏi, nặng); 0 is no tone. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * Per character code below TABLE_END, computed once: its folded form (lower case, marks removed,
 * đ → d), whether it belongs to a word, its tone, and whether it carries a mark or is đ. Vietnamese
 * text is folded with one look-up per character instead of normalising it twice.
 */
const TABLE_END = 0x2070;
const FOLDED: string[] = [];
const IN_WORD = new Uint8Array(TABLE_END);
const TONE = new Uint8Array(TABLE_END);
const MARKED = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  const d = ch.toLowerCase().replace(/đ/g, 'd').normalize('NFD');
  FOLDED.push(d.replace(MARKS, ''));
  IN_WORD[c] = WORD_CHAR.test(ch) ? 1 : 0;
  TONE[c] = TONE_MARKS.findIndex((m) => d.includes(m)) + 1;
  MARKED[c] = c >= 0x80 && (d !== ch.toLowerCase() || ch === 'đ' || ch === 'Đ' || A_MARK.test(ch)) ? 1 : 0;
}

/** The old, exact path, for text with characters beyond the table (other scripts, emoji). */
const foldSlow = (text: string) =>
  text.normalize('NFC').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(MARKS, '');

/** Lower case, tone and vowel marks removed, đ → d. Punctuation is left for `tokenize`. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_END) return foldSlow(text);
    out += FOLDED[c] as string;
  }
  return out;
}

/** True when the text carries Vietnamese marks or đ (so it is surely Vietnamese). */
export function hasVietnameseMarks(text: string): boolean {
  if (PLAIN.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_END && MARKED[c] === 1) return true;
  }
  return false;
}

export interface RawToken {
  /** Folded form (a-z0-9 only). */
  folded: string;
  /** As typed; used to tell "DU" (đảng ủy) from "du" (dự). */
  raw: string;
  /** The tone mark typed on it, 1..5 (huyền, sắc, ngã, hỏi, nặng), or 0: none typed. */
  tone: number;
}

const isWordChar = (text: string, i: number, c: number) =>
  c < TABLE_END ? IN_WORD[c] === 1 : WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));

/** ' and ’ (U+2019), before an English clitic "s". */
const APOSTROPHES: ReadonlySet<number> = new Set([39, 0x2019]);
/** Words after which "'s" is "is" ("who's", "what's"); after any other it marks a possessive. */
const IS_BEFORE: ReadonlySet<string> = new Set([
  'who',
  'what',
  'that',
  'it',
  'there',
  'here',
  'where',
  'when',
  'how',
]);

/** How many words `tokenize` would find, without making them (an English possessive "'s", which it drops, counts). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordChar(text, i, text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** The folded letters of the word being read by `tokenize`, as character codes (one buffer for every call). */
const codes: number[] = [];

/** Splits on anything that is not a letter, digit or mark; "35-CT/TW" gives 35, ct, tw. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  let start = -1;
  let n = 0;
  let tone = 0;
  // Whether the word so far is its own folded form (a-z0-9 as typed): then it is sliced, not built.
  let plain = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(text, i, c)) {
      if (start < 0) {
        start = i;
        n = 0;
        tone = 0;
        plain = true;
      }
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        codes[n++] = c;
        continue;
      }
      plain = false;
      // Only a-z0-9 survive: a letter of another script folds to nothing.
      const f = c < TABLE_END ? (FOLDED[c] as string) : foldSlow(text[i] as string);
      for (let k = 0; k < f.length; k++) {
        const fc = f.charCodeAt(k);
        if ((fc >= 97 && fc <= 122) || (fc >= 48 && fc <= 57)) codes[n++] = fc;
      }
      if (c < TABLE_END && TONE[c] !== 0) tone = TONE[c] as number;
      continue;
    }
    if (start >= 0 && n > 0) {
      const raw = text.slice(start, i);
      const clitic = n === 1 && codes[0] === 115 && start > 0 && APOSTROPHES.has(text.charCodeAt(start - 1));
      // English "'s": "who's" is "who is"; "the cell's congress" is the cell congress.
      if (!clitic)
        out.push({ folded: plain ? raw : String.fromCharCode.apply(null, codes.slice(0, n)), raw, tone });
      else if (IS_BEFORE.has(out[out.length - 1]?.folded ?? ''))
        out.push({ folded: 'is', raw: 'is', tone: 0 });
    }
    start = -1;
  }
  return out;
}

/** The last letters of the endings `stem` removes. */
const STEMMED_LAST: ReadonlySet<string> = new Set(['s', 'g', 'd', 't', 'n', 'e']);
/** The zeros a number starts with, when more digits follow ("01", "007"). */
const LEADING_ZEROS = /^0+(?=\d)/;

/**
 * A light English stemmer: plurals, -ing/-ed, -ment, -ation/-ion, -ate and a final silent e, so
 * that "prepare", "prepared", "preparing" and "preparation" meet, as do "include(s|d)" and
 * "requirement(s)"/"required". Safe on folded Vietnamese: no Vietnamese syllable ends in s, d,
 * "ing", "ion", "ate" or "ment", and none of five letters or more ends in e, so syllables pass
 * through unchanged. Function words are left alone (they are matched against STOPWORDS). A
 * number loses its leading zeros.
 */
export function stem(token: string): string {
  // A number is the same without leading zeros: the day "01/7/2025" is "1/7/2025".
  if (token.charCodeAt(0) === 48 && token.length > 1 && LEADING_ZEROS.test(token))
    return token.replace(LEADING_ZEROS, '');
  // Every rule below removes an ending in s, g, d, t, n or e: a word ending otherwise (most
  // Vietnamese syllables, every number) is returned at once.
  if (token.length < 4 || !STEMMED_LAST.has(token[token.length - 1] as string)) return token;
  if (/^\d+$/.test(token) || STOPWORDS.has(token)) return token;
  let t = token;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('ss') || t.endsWith('us') || t.endsWith('is')) return t;
  else if (t.endsWith('s')) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  else if (t.endsWith('ment') && t.length > 8) t = t.slice(0, -4);
  if (t.endsWith('ation') && t.length > 7) t = t.slice(0, -5);
  else if (t.endsWith('ion') && t.length > 6) t = t.slice(0, -3);
  else if (t.endsWith('ate') && t.length > 6) t = t.slice(0, -3);
  if (t.endsWith('e') && t.length >= 5) t = t.slice(0, -1);
  return t;
}

/**
 * Function words (folded) that carry no topic: Vietnamese question words and particles, English
 * function words. They still join bigrams ("co so" keeps "co"), but never count as terms alone.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // Vietnamese (folded)
  'la',
  'gi',
  'cua',
  'va',
  'cac',
  'nhung',
  'nhu',
  'the',
  'thi',
  'khong',
  'ko',
  'k',
  'a',
  'nhe',
  'oi',
  'vay',
  'nay',
  'do',
  'duoc',
  'voi',
  'cho',
  'toi',
  'minh',
  'em',
  'anh',
  'xin',
  'hay',
  'ra',
  'sao',
  'nao',
  'ai',
  'mot',
  'nhieu',
  'lam',
  'roi',
  'chua',
  'se',
  'vao',
  'trong',
  've',
  'o',
  'ak',
  'ah',
  'vs',
  'kia',
  'ne',
  'nhi',
  'giup',
  'biet',
  'muon',
  'bac',
  'cu',
  'u',
  'phai',
  'da',
  'nen',
  'cung',
  'ma',
  'cach',
  'ngoai',
  'nua',
  'gio',
  'vua',
  // "ấy" (that: "buổi họp ấy"), which a repair would otherwise read as "ủy".
  'ay',
  // "đang" typed with its marks (see reading.ts MARKED_DANG), "vẫn" (still) when the pack never writes it.
  'dang0',
  'van3',
  // "mới" saying "only then" ("5 năm mới đại hội một lần", "xong rồi mới"; see reading.ts sameWhen).
  'moi0',
  // Where a place or a unit type's name was taken out of a question (names.ts GAP).
  '_',
  // English
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'for',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'what',
  'which',
  'who',
  'whom',
  'how',
  'do',
  'doe',
  'does',
  'did',
  'could',
  'would',
  'should',
  'must',
  'shall',
  'will',
  'i',
  'we',
  'you',
  'my',
  'our',
  'your',
  'me',
  'us',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'and',
  'or',
  'at',
  'by',
  'with',
  'from',
  'about',
  'per',
  'before',
  'after',
  'have',
  'has',
  'had',
  'there',
  'any',
  'tell',
  'please',
  'show',
  'give',
  'need',
  'know',
  'want',
  'some',
  'as',
  'if',
  'so',
  'than',
  'then',
  'into',
  'up',
  'out',
  'get',
  'hi',
  'hello',
  'kind',
  'explain',
  'thing',
  'much',
  'many',
  'they',
  'them',
  'most',
  'more',
  'also',
  'only',
  'very',
  'such',
  'too',
  'just',
  'really',
  'because',
  'while',
  'where',
  'might',
  'but',
  'his',
  'her',
  'their',
  'he',
  'she',
]);

let table = new Int32Array(256);

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // One table reused by every call (each cell read is written first in this call).
  if (table.length < rows * cols) table = new Int32Array(rows * cols * 2);
  const d = table;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return d[rows * cols - 1] as number;
}

/**
 * A message typed in capitals throughout, in lower case: its capitals say nothing of abbreviations
 * ("DANG VIEN DU BI …" is no "đảng ủy") or of names. Letters at least four-fifths capitals, in a
 * message of a dozen letters or more; any other message as typed.
 */
export function unshouted(text: string): string {
  let letters = 0;
  let capitals = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch !== ch.toLowerCase()) capitals++;
  }
  return letters >= 12 && capitals >= 0.8 * letters ? text.toLowerCase() : text;
}

/** "DU", "ĐU", "đu" are typed as abbreviations; "du", "dự", "Dự" are not. */
export function looksAbbreviated(tok: RawToken): boolean {
  if (tok.raw.length >= 2 && tok.raw === tok.raw.toUpperCase() && tok.raw !== tok.raw.toLowerCase())
    return true;
  return /[đĐ]/.test(tok.raw) && !A_MARK.test(tok.raw.normalize('NFD'));
}
