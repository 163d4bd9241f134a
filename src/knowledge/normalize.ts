/**
 * Vietnamese-aware text normalisation for search. Members type with or without diacritics, in any
 * case, with abbreviations and typos; everything is folded to plain a-z0-9 syllables so that
 * "Đại hội", "dai hoi" and "ĐẠI HỘI" meet.
 */

const MARKS = /[\u0300-\u036f]/g;
const A_MARK = /[\u0300-\u036f]/;
/** Printable ASCII only: folding is then just lower case (no marks, no đ, nothing to normalise). */
const PLAIN = /^[\u0020-\u007e]*$/;

/** NFC, lower case, tone and vowel marks removed, đ → d. Punctuation is left for `tokenize`. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFC').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(MARKS, '');
}

/** True when the text carries Vietnamese marks or đ (so it is surely Vietnamese). */
export function hasVietnameseMarks(text: string): boolean {
  if (PLAIN.test(text)) return false;
  return A_MARK.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

export interface RawToken {
  /** Folded form (a-z0-9 only). */
  folded: string;
  /** As typed (NFC); used to tell "DU" (đảng ủy) from "du" (dự). */
  raw: string;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Splits on anything that is not a letter or digit; "35-CT/TW" gives 35, ct, tw. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const raw of text.normalize('NFC').split(NOT_WORD)) {
    if (raw === '') continue;
    // A run of ASCII letters and digits folds to itself in lower case.
    const folded = PLAIN.test(raw) ? raw.toLowerCase() : fold(raw).replace(/[^a-z0-9]/g, '');
    if (folded !== '') out.push({ folded, raw });
  }
  return out;
}

/**
 * A light English stemmer: plurals, -ing/-ed, -ment, -ation/-ion, -ate and a final silent e, so
 * that "prepare", "prepared", "preparing" and "preparation" meet, as do "include(s|d)" and
 * "requirement(s)"/"required". Safe on folded Vietnamese: no Vietnamese syllable ends in s, d,
 * "ing", "ion", "ate" or "ment", and none of five letters or more ends in e, so syllables pass
 * through unchanged. Function words are left alone (they are matched against STOPWORDS).
 */
export function stem(token: string): string {
  if (token.length < 4 || /^\d+$/.test(token) || STOPWORDS.has(token)) return token;
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

/** "DU", "ĐU", "đu" are typed as abbreviations; "du", "dự", "Dự" are not. */
export function looksAbbreviated(tok: RawToken): boolean {
  if (tok.raw.length >= 2 && tok.raw === tok.raw.toUpperCase() && tok.raw !== tok.raw.toLowerCase())
    return true;
  return /[đĐ]/.test(tok.raw) && !/[\u0300-\u036f]/.test(tok.raw.normalize('NFD'));
}
