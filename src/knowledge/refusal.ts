import type { Sense } from './names.js';
import type { Hit } from './postings.js';
import type { SearchTuning } from './tuning.js';

/**
 * The search's refusal rule, a pure function: whether the best topic may answer, from what the
 * whole question names (Prior), what the ranking of a reading of it found (Evidence) and the
 * tuning's thresholds. QaIndex gathers both and, when the rule holds, chooses between near ties.
 */

/** What the whole question names: an off-topic phrase, a party organisation, the subject. */
export interface Prior {
  offTopic: boolean;
  party: boolean;
  subject: Sense;
  /** It names other party business (membership, discipline…) and, besides that, not the subject. */
  partyOther?: boolean;
  /** English: a pair of known words the pack never writes together is no evidence either way. */
  en?: boolean;
  /**
   * It asks for what the pack never holds: who holds a post (see Names.asksWhoHolds), an address
   * or a script (Names.absent), another term.
   */
  unheld?: boolean;
  /** It asks about a congress the pack numbers (XIV, the district's XXVII), by its number. */
  numbered?: boolean;
  /**
   * Only some of the message asks (see askingPart): the rest tells a story around it. Read last,
   * so that it may be a getter computed only when the rule needs it.
   */
  readonly story?: boolean;
}

/** What the ranking of one reading of the question found (see SearchResult for each share). */
export interface Evidence {
  ranked: Hit[];
  coverage: number;
  unknownShare: number;
  /** Coverage and unknown share of the reading without its off-topic phrases (the same without any). */
  rest: { coverage: number; unknownShare: number };
  distinct: number | undefined;
  /** The word prior's log-odds that the reading is in scope (see word-prior.ts); undefined without one. */
  words?: number;
}

/** Whether the best topic scores at least `minScore` (twice strongScore) and leads the runner-up by `lead` of its score. */
function farAhead(ranked: Hit[], t: SearchTuning, lead = t.farLead, minScore = 2 * t.strongScore): boolean {
  const [best, second] = ranked;
  if (!best || best.score < minScore) return false;
  return !second || best.score - second.score >= lead * best.score;
}

/** Whether the best topic may answer the question, by the rule's thresholds (see SearchTuning). */
export function isPlausible(
  { ranked, coverage, unknownShare, rest, distinct, words }: Evidence,
  prior: Prior,
  t: SearchTuning,
): boolean {
  const { offTopic, party, subject, partyOther, unheld, numbered } = prior;
  const best = ranked[0];
  const maxUnknown = party || (numbered && subject === 'ours') ? t.partyMaxUnknown : t.maxUnknown;
  // A short question that names the subject and is wholly matched may score lower ("Should the congress be frugal?").
  const whole = subject === 'ours' && unknownShare === 0 && coverage >= t.wholeCoverage;
  const minScore = whole ? t.wholeMinScore : t.minScore;
  // Naming a party organisation, an off-topic phrase says where the cell is ("Chi bộ câu lạc bộ
  // võ thuật …"): its words are not the question's unknown words.
  const unknown = party ? rest.unknownShare : unknownShare;
  let plausible = !unheld && best !== undefined && best.score >= minScore && unknown <= maxUnknown;
  // Naming a party organisation outweighs an off-topic phrase; naming neither it nor the subject
  // asks for more of the question to be matched.
  if (plausible && best && !party) {
    // Or, naming the subject, a match that far outscores every other ("Trời mưa to, hội nghị quán
    // triệt … có được họp trực tuyến không?": the weather is what the question is not about).
    if (offTopic)
      plausible =
        best.score >= t.strongScore &&
        (rest.coverage >= t.strongCoverage || (subject === 'ours' && farAhead(ranked, t)));
    if (subject !== 'ours') plausible &&= unknownShare <= t.bareMaxUnknown && coverage >= t.bareCoverage;
  }
  if (subject === 'other') plausible = false;
  // A party organisation named beside an off-topic phrase, without the subject, outweighs it only
  // on a strong match ("Chủ nhật chi bộ đi dã ngoại, thời tiết có mưa không?": a weak one).
  if (plausible && best && party && offTopic && subject !== 'ours') plausible = best.score >= t.strongScore;
  // Other party business is refused whatever organisation the question names (see Names.namesPartyOther).
  if (partyOther) plausible = false;
  // Without the subject named, what the question asks must be the pack's (see distinctCoverage):
  // some of it when a party organisation is named, half of it when nothing is.
  if (plausible && subject !== 'ours' && distinct !== undefined)
    plausible = distinct >= (party ? t.minDistinct : t.bareDistinct);
  if (plausible && party && subject !== 'ours') plausible = coverage >= t.partyCoverage;
  // Without the subject named, weak evidence in words the development sets hold mostly in
  // questions to refuse (see word-prior.ts): "Cách ghi số và ký hiệu công văn của đảng ủy cơ sở …".
  if (
    plausible &&
    subject !== 'ours' &&
    words !== undefined &&
    words < t.minWords &&
    coverage < t.wordsCoverage
  )
    plausible = false;
  // Naming the subject, a question most of whose weight is in words the pack never uses, and whose
  // words the development sets hold far more often in questions to refuse, asks about something
  // beside the congress ("Tôi 82 tuổi, đi lại khó khăn, có được miễn dự đại hội chi bộ không?"),
  // unless one topic leads every other by more than half its score: a long story around a question
  // the pack answers ("Phường tôi vừa sáp nhập, trụ sở chật …; đại hội có yêu cầu chống lãng phí …?"),
  // or a message only some of which asks: the words of its story are not what is asked ("Hội phụ nữ
  // phường định góp tiền mua hoa … . Đại hội có được phô trương không?").
  if (
    plausible &&
    subject === 'ours' &&
    words !== undefined &&
    unknown > t.namedMaxUnknown &&
    (words < t.namedMinWords || (words < t.namedWeakWords && coverage < t.namedWeakCoverage)) &&
    !farAhead(ranked, t, t.namedLead) &&
    !prior.story
  )
    plausible = false;
  // Naming the subject, a question most of whose weight is in words the pack never uses, whose
  // words lean no way in the development sets, and which no topic answers much better than the
  // next, matched the congress it names and nothing of what it asks ("Đại hội chi bộ có được phát
  // trực tiếp lên trang Facebook của trường không?": every topic names the congress).
  if (
    plausible &&
    subject === 'ours' &&
    words !== undefined &&
    unknown > t.namedTieUnknown &&
    words < t.namedTieWords &&
    !farAhead(ranked, t, t.namedTieLead, 0) &&
    !prior.story
  )
    plausible = false;
  return plausible;
}
