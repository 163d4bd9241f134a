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
  df: ReadonlyMap<string, number>,
  topics: number,
  topic: ReadonlyMap<string, number> | undefined,
): number | undefined {
  const idf = (d: number) => Math.log(1 + (topics - d + 0.5) / (d + 0.5));
  let unknown = 0;
  let matched = 0;
  for (const w of new Set(names.subject.remove(names.party.remove(tokens)))) {
    if (STOPWORDS.has(w)) continue;
    const d = df.get(w) ?? 0;
    if (d === 0) unknown += idf(0);
    else if (topic?.has(w)) matched += idf(d);
  }
  return unknown + matched === 0 ? undefined : matched / (unknown + matched);
}
