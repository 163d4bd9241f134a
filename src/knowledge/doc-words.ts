import { fold } from './normalize.js';

/**
 * The words of a question as document references are read from them (see entities.ts): the kind
 * words and codes of party documents, and a question's folded words with a number typed onto the
 * word before it split off.
 */

/** Kind codes (the middle of a number: 35-CT/TW) and the words people use for them, folded. */
export const KIND_WORDS: Record<string, string[]> = {
  ct: ['chi thi', 'chithi', 'ct', 'directive'],
  kl: ['ket luan', 'ketluan', 'kl', 'conclusion'],
  hd: ['huong dan', 'huongdan', 'hd', 'guidance', 'guideline', 'instruction'],
  kh: ['ke hoach', 'kehoach', 'kh', 'plan'],
  nq: ['nghi quyet', 'nghiquyet', 'nq', 'resolution'],
  qd: ['quy dinh', 'quydinh', 'qd', 'regulation', 'quyet dinh', 'decision'],
  // Kinds the pack holds none of, so that such a document is declined, never answered with a topic.
  nd: ['nghi dinh', 'nghidinh', 'nd', 'decree'],
  tt: ['thong tu', 'thongtu', 'tt', 'circular'],
  cv: ['cong van', 'congvan', 'cv', 'official letter', 'official dispatch'],
  tb: ['thong bao', 'thongbao', 'tb', 'notice'],
  qc: ['quy che', 'quyche', 'qc', 'working rules'],
  pl: ['phap lenh', 'phaplenh', 'pl', 'ordinance'],
};
/** Words that say a number follows ("số 35", "No. 35"). */
export const NUMBER_WORDS = new Set(['so', 'no', 'number']);

/**
 * Folded words, with a number typed onto the word before it split off: a kind code ("kh258",
 * "nq26", "CT35"), a kind phrase's last word after its first ("chi thi45", "ket luan118") or a
 * word for "number" ("so118", "no35").
 */
export function docWords(question: string): string[] {
  const out: string[] = [];
  for (const w of fold(question).split(/[^a-z0-9]+/)) {
    if (w === '') continue;
    const m = /^([a-z]{2,5})(\d{1,4})$/.exec(w);
    const [letters = '', number = ''] = m ? [m[1], m[2]] : [];
    const glued =
      KIND_CODES.has(letters) ||
      NUMBER_WORDS.has(letters) ||
      PHRASE_ENDS.get(letters)?.has(out[out.length - 1] ?? '') === true;
    if (m && glued) out.push(letters, number);
    else out.push(w);
  }
  return out;
}

/** The kind codes ("ct", "kl" …). */
export const KIND_CODES = new Set(Object.keys(KIND_WORDS));
/** A two-word kind phrase's last word -> the first words it ends ("thi" -> "chi", "dinh" -> "quy", "nghi"). */
const PHRASE_ENDS = new Map<string, Set<string>>();
for (const phrase of Object.values(KIND_WORDS).flat()) {
  const [first, last, more] = phrase.split(' ');
  if (first === undefined || last === undefined || more !== undefined) continue;
  PHRASE_ENDS.set(last, (PHRASE_ENDS.get(last) ?? new Set()).add(first));
}
