import type { Names } from './names.js';
import { STOPWORDS } from './normalize.js';

/**
 * Evidence of coverage for a question that names a party organisation: what it asks about besides
 * the organisation and the subject (its other words of substance) must be the pack's. Returns the
 * share, by idf, of those words that the chosen topic matches, against those it matches plus those
 * the pack never uses; undefined when the question has no such words. "Thủ tục kết nạp đảng viên
 * mới gồm những bước nào" matches a timeline topic on "kết" and "mới" only, while "thủ tục",
 * "nạp" and "bước" are nowhere in the pack: about 0.06, another party matter than congresses.
 */
export function distinctCoverage(
  tokens: string[],
  names: Names,
  idfOf: ReadonlyMap<string, number>,
  idfMax: number,
  topic: ReadonlyMap<string, number> | undefined,
): number | undefined {
  let unknown = 0;
  let matched = 0;
  for (const w of new Set(names.subject.remove(names.party.remove(tokens)))) {
    if (STOPWORDS.has(w)) continue;
    const idf = idfOf.get(w);
    if (idf === undefined) unknown += idfMax;
    else if (topic?.has(w)) matched += idf;
  }
  return unknown + matched === 0 ? undefined : matched / (unknown + matched);
}

/**
 * Coverage: how much of what the question says (by idf) the topic holds; words the pack never
 * uses weigh most (`idfMax`), and words of other topics count against it too. Pairs with a function
 * word are left out. In English (`en`), so is a pair the pack never writes: of known words, it is
 * no evidence either way; with an unknown word ("since late 2024"), that word counts once, alone.
 * When the question holds an off-topic phrase (`offTopic`), the pairs of an unknown word count in
 * full: the prior is that the question is about that word ("the football rules").
 */
export function termEvidence(
  terms: string[],
  idfOf: ReadonlyMap<string, number>,
  idfMax: number,
  topic: ReadonlyMap<string, number> | undefined,
  en: boolean,
  offTopic = false,
): { coverage: number; unknownShare: number } {
  let total = 0;
  let matched = 0;
  let unknown = 0;
  for (const term of terms) {
    const space = term.indexOf(' ');
    const [a, b] = space < 0 ? [term, ''] : [term.slice(0, space), term.slice(space + 1)];
    if (space >= 0 && (STOPWORDS.has(a) || STOPWORDS.has(b))) continue;
    const idf = idfOf.get(term);
    if (en && space >= 0 && idf === undefined && (!offTopic || (idfOf.has(a) && idfOf.has(b)))) continue;
    const weight = idf === undefined ? idfMax : idf;
    total += weight;
    if (idf === undefined) unknown += weight;
    if (topic?.has(term)) matched += weight;
  }
  return {
    coverage: total === 0 ? 0 : matched / total,
    unknownShare: matched + unknown === 0 ? 1 : unknown / (matched + unknown),
  };
}
