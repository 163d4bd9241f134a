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

/** In English, a pair the pack never writes is no evidence, unless an off-topic phrase asks that its new words count. */
function englishPairSkipped(term: string, idfOf: ReadonlyMap<string, number>, offTopic: boolean): boolean {
  const space = term.indexOf(' ');
  if (space < 0) return false;
  return !offTopic || (idfOf.has(term.slice(0, space)) && idfOf.has(term.slice(space + 1)));
}

/**
 * Coverage: how much of what the question says (by idf) the topic holds; words the pack never
 * uses weigh most (`idfMax`), and words of other topics count against it too. `terms` holds no pair
 * with a function word (QaIndex leaves them out when it makes the terms). In English (`en`), a
 * pair the pack never writes is left out too: of known words, it is no evidence either way; with
 * an unknown word ("since late 2024"), that word counts once, alone.
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
    const idf = idfOf.get(term);
    if (en && idf === undefined && englishPairSkipped(term, idfOf, offTopic)) continue;
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
