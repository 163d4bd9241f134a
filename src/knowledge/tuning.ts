/** The search's parameters (see QaIndex in search.ts and isPlausible in refusal.ts): ranking, and the refusal rule's thresholds. */
export interface SearchTuning {
  k1: number;
  b: number;
  /** Field weights: a term in a title counts this many times a term in the body. */
  weights: { title: number; keywords: number; questions: number; body: number };
  /** Minimum BM25 score of the best topic. */
  minScore: number;
  /**
   * The same for a question that names the subject, has no word the pack never uses, and has at
   * least `wholeCoverage` of its weight in the best topic: a short question wholly matched.
   */
  wholeMinScore: number;
  wholeCoverage: number;
  /** Maximum share of the question's weight in words the pack never uses. */
  maxUnknown: number;
  /** Query bigrams count this many times a single word. */
  bigramBoost: number;
  /** Minimum lead over the runner-up, as a share of the best score. */
  margin: number;
  /** Maximum unknown share when the question names a party organisation ("chi bộ nhà hàng X"). */
  partyMaxUnknown: number;
  /** With an off-topic phrase and no party organisation named: minimum score and coverage. */
  strongScore: number;
  strongCoverage: number;
  /** With neither a party organisation nor the subject named: maximum unknown share, minimum coverage. */
  bareMaxUnknown: number;
  bareCoverage: number;
  /** A near tie under strongScore is refused when less than this share of the question matched. */
  tieCoverage: number;
  /** A party organisation named without the subject: minimum share of the rest the answer matches (see distinctCoverage). */
  minDistinct: number;
  /** The same, when neither a party organisation nor the subject is named. */
  bareDistinct: number;
  /**
   * A party organisation named without the subject: the least share of the question's weight the
   * best topic must match ("Chi bộ nên vận động bà con phòng dịch tả lợn thế nào?" matches little).
   */
  partyCoverage: number;
  /**
   * The word prior (see word-prior.ts): a reading that does not name the subject, whose words'
   * log-odds of being in scope is below minWords (0: its words are likelier in a question to refuse),
   * is refused when its best topic matches less than wordsCoverage of it.
   */
  minWords: number;
  wordsCoverage: number;
  /**
   * The word prior when the subject is named: a reading whose log-odds is below namedMinWords
   * (-6: its words hold about 400 times likelier in a question to refuse) and whose unknown share
   * is above namedMaxUnknown is refused, unless its best topic is far ahead (see farAhead in
   * refusal.ts) by namedLead of its score; so is one below namedWeakWords (-3.2: about 25 times
   * likelier in a question to refuse) whose best topic matches less than namedWeakCoverage of it.
   */
  namedMinWords: number;
  namedMaxUnknown: number;
  namedLead: number;
  namedWeakWords: number;
  namedWeakCoverage: number;
  /**
   * The same, for a near tie: a reading whose unknown share is above namedTieUnknown and whose
   * log-odds is below namedTieWords (2: its words lean no way) is refused unless its best topic
   * leads the runner-up by namedTieLead (0.15) of its score (see farAhead in refusal.ts, at any score).
   */
  namedTieUnknown: number;
  namedTieWords: number;
  namedTieLead: number;
  /**
   * With two unit types or more named, the reading without them is kept only when its coverage is
   * at least this share of the whole reading's (else the types are what is asked).
   */
  namedTypesCoverage: number;
  /** An English pair of a function word and another word ("our congress", "hold a") ranks for this share of its weight. */
  enFunctionPair: number;
  /**
   * How far the best topic must lead the runner-up, as a share of its score, to outweigh an
   * off-topic phrase when the subject is named (see farAhead in refusal.ts): 0.4.
   */
  farLead: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  k1: 1.2,
  b: 0.3,
  weights: { title: 3, keywords: 3, questions: 2, body: 1 },
  minScore: 5,
  wholeMinScore: 3,
  wholeCoverage: 0.9,
  margin: 0.08,
  maxUnknown: 0.84,
  bigramBoost: 1,
  partyMaxUnknown: 0.9,
  strongScore: 10,
  strongCoverage: 0.5,
  bareMaxUnknown: 0.45,
  bareCoverage: 0.4,
  tieCoverage: 0.3,
  minDistinct: 0.15,
  bareDistinct: 0.5,
  partyCoverage: 0.2,
  minWords: 0,
  wordsCoverage: 0.4,
  namedMinWords: -6,
  namedMaxUnknown: 0.6,
  namedLead: 0.5,
  namedWeakWords: -3.2,
  namedWeakCoverage: 0.35,
  namedTieUnknown: 0.75,
  namedTieWords: 2,
  namedTieLead: 0.15,
  namedTypesCoverage: 0.5,
  enFunctionPair: 0.5,
  farLead: 0.4,
};
