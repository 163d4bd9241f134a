import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { NEWSET, type NewItem } from './newset.js';
import { NEWSET2 } from './newset2.js';
import { NEWSET3 } from './newset3.js';
import { NEWSET4 } from './newset4.js';
import { NEWSET5 } from './newset5.js';
import { NEWSET6 } from './newset6.js';
import { NEWSET7 } from './newset7.js';
import { NEWSET8 } from './newset8.js';
import { NEWSET9 } from './newset9.js';
import { NEWSET10 } from './newset10.js';
import { NEWSET11 } from './newset11.js';
import { NEWSET12 } from './newset12.js';
import { NEWSET13 } from './newset13.js';
import { NEWSET14 } from './newset14.js';
import { NEWSET15 } from './newset15.js';
import { NEWSET16 } from './newset16.js';
import { NEWSET17 } from './newset17.js';
import { NEWSET18 } from './newset18.js';
import { NEWSET19 } from './newset19.js';
import { NEWSET20 } from './newset20.js';
import { NEWSET21 } from './newset21.js';
import { NEWSET22 } from './newset22.js';
import { NEWSET23 } from './newset23.js';
import { NEWSET24 } from './newset24.js';
import { NEWSET25 } from './newset25.js';
import { NEWSET26 } from './newset26.js';
import { NEWSET27 } from './newset27.js';
import { NEWSET28 } from './newset28.js';
import { NEWSET29 } from './newset29.js';
import { NEWSET30 } from './newset30.js';
import { NEWSET31 } from './newset31.js';
import { NEWSET32 } from './newset32.js';
import { NEWSET33 } from './newset33.js';
import { NEWSET34 } from './newset34.js';
import { NEWSET35 } from './newset35.js';
import { NEWSET36 } from './newset36.js';
import { NEWSET37 } from './newset37.js';
import { NEWSET38 } from './newset38.js';
import { NEWSET39 } from './newset39.js';
import { NEWSET40 } from './newset40.js';
import { NEWSET41 } from './newset41.js';
import { NEWSET42 } from './newset42.js';
import { NEWSET43 } from './newset43.js';
import { NEWSET44 } from './newset44.js';
import { NEWSET45 } from './newset45.js';
import { NEWSET46 } from './newset46.js';
import { NEWSET47 } from './newset47.js';
import { NEWSET48 } from './newset48.js';
import { NEWSET49 } from './newset49.js';
import { NEWSET50 } from './newset50.js';
import { NEWSET51 } from './newset51.js';
import { NEWSET52 } from './newset52.js';
import { NEWSET53 } from './newset53.js';
import { NEWSET54 } from './newset54.js';
import { NEWSET55 } from './newset55.js';
import { NEWSET56 } from './newset56.js';
import { NEWSET57 } from './newset57.js';
import { NEWSET58 } from './newset58.js';
import { NEWSET59 } from './newset59.js';
import { NEWSET60 } from './newset60.js';
import { NEWSET61 } from './newset61.js';
import { NEWSET62 } from './newset62.js';
import { NEWSET63 } from './newset63.js';
import { NEWSET64 } from './newset64.js';
import { NEWSET65 } from './newset65.js';
import { NEWSET66 } from './newset66.js';
import { NEWSET67 } from './newset67.js';
import { NEWSET68 } from './newset68.js';
import { NEWSET69 } from './newset69.js';
import { NEWSET70 } from './newset70.js';
import { NEWSET71 } from './newset71.js';
import { NEWSET72 } from './newset72.js';
import { NEWSET73 } from './newset73.js';
import { NEWSET74 } from './newset74.js';
import { NEWSET75 } from './newset75.js';
import { NEWSET76 } from './newset76.js';
import { NEWSET77 } from './newset77.js';
import { NEWSET78 } from './newset78.js';
import { NEWSET79 } from './newset79.js';
import { NEWSET80 } from './newset80.js';
import { NEWSET81 } from './newset81.js';
import { NEWSET82 } from './newset82.js';
import { NEWSET83 } from './newset83.js';
import { NEWSET84 } from './newset84.js';
import { NEWSET85 } from './newset85.js';
import { NEWSET86 } from './newset86.js';
import { NEWSET87 } from './newset87.js';
import { NEWSET88 } from './newset88.js';
import { NEWSET89 } from './newset89.js';
import { NEWSET90 } from './newset90.js';
import { NEWSET91 } from './newset91.js';
import { NEWSET92 } from './newset92.js';
import { NEWSET93 } from './newset93.js';
import { NEWSET94 } from './newset94.js';
import { NEWSET95 } from './newset95.js';
import { NEWSET96 } from './newset96.js';
import { NEWSET97 } from './newset97.js';
import { NEWSET98 } from './newset98.js';
import { NEWSET99 } from './newset99.js';
import { NEWSET100 } from './newset100.js';
import { NEWSET101 } from './newset101.js';
import { NEWSET102 } from './newset102.js';
import { NEWSET103 } from './newset103.js';
import { NEWSET104 } from './newset104.js';
import { NEWSET105 } from './newset105.js';
import { NEWSET106 } from './newset106.js';
import { NEWSET107 } from './newset107.js';
import { NEWSET108 } from './newset108.js';
import { NEWSET109 } from './newset109.js';
import { NEWSET110 } from './newset110.js';
import { NEWSET111 } from './newset111.js';
import { NEWSET112 } from './newset112.js';
import { NEWSET113 } from './newset113.js';
import { NEWSET114 } from './newset114.js';
import { NEWSET115 } from './newset115.js';
import { NEWSET116 } from './newset116.js';
import { NEWSET117 } from './newset117.js';
import { NEWSET118 } from './newset118.js';
import { POOL1 } from './pool1.js';
import { POOL2 } from './pool2.js';
import { POOL3 } from './pool3.js';
import { POOL4 } from './pool4.js';
import { POOL5 } from './pool5.js';
import { POOL6 } from './pool6.js';
import { QUESTIONS } from './questions.js';

/**
 * How many of NEW_SETS have had their one measurement (see bench/qa.ts, qa_new_*): the development
 * sets are the first MEASURED, and the word prior is learned from them (see word-prior.ts).
 */
export const MEASURED = 118;

/**
 * The sets written for issue 11 in the order they were written: NEW_SETS[k - 1] is newset k
 * (newset.ts is the first). The bench reports each as qa_new<k>_* (see bench/qa.ts).
 */
export const NEW_SETS: ReadonlyArray<NewItem[]> = [
  NEWSET,
  NEWSET2,
  NEWSET3,
  NEWSET4,
  NEWSET5,
  NEWSET6,
  NEWSET7,
  NEWSET8,
  NEWSET9,
  NEWSET10,
  NEWSET11,
  NEWSET12,
  NEWSET13,
  NEWSET14,
  NEWSET15,
  NEWSET16,
  NEWSET17,
  NEWSET18,
  NEWSET19,
  NEWSET20,
  NEWSET21,
  NEWSET22,
  NEWSET23,
  NEWSET24,
  NEWSET25,
  NEWSET26,
  NEWSET27,
  NEWSET28,
  NEWSET29,
  NEWSET30,
  NEWSET31,
  NEWSET32,
  NEWSET33,
  NEWSET34,
  NEWSET35,
  NEWSET36,
  NEWSET37,
  NEWSET38,
  NEWSET39,
  NEWSET40,
  NEWSET41,
  NEWSET42,
  NEWSET43,
  NEWSET44,
  NEWSET45,
  NEWSET46,
  NEWSET47,
  NEWSET48,
  NEWSET49,
  NEWSET50,
  NEWSET51,
  NEWSET52,
  NEWSET53,
  NEWSET54,
  NEWSET55,
  NEWSET56,
  NEWSET57,
  NEWSET58,
  NEWSET59,
  NEWSET60,
  NEWSET61,
  NEWSET62,
  NEWSET63,
  NEWSET64,
  NEWSET65,
  NEWSET66,
  NEWSET67,
  NEWSET68,
  NEWSET69,
  NEWSET70,
  NEWSET71,
  NEWSET72,
  NEWSET73,
  NEWSET74,
  NEWSET75,
  NEWSET76,
  NEWSET77,
  NEWSET78,
  NEWSET79,
  NEWSET80,
  NEWSET81,
  NEWSET82,
  NEWSET83,
  NEWSET84,
  NEWSET85,
  NEWSET86,
  NEWSET87,
  NEWSET88,
  NEWSET89,
  NEWSET90,
  NEWSET91,
  NEWSET92,
  NEWSET93,
  NEWSET94,
  NEWSET95,
  NEWSET96,
  NEWSET97,
  NEWSET98,
  NEWSET99,
  NEWSET100,
  NEWSET101,
  NEWSET102,
  NEWSET103,
  NEWSET104,
  NEWSET105,
  NEWSET106,
  NEWSET107,
  NEWSET108,
  NEWSET109,
  NEWSET110,
  NEWSET111,
  NEWSET112,
  NEWSET113,
  NEWSET114,
  NEWSET115,
  NEWSET116,
  NEWSET117,
  NEWSET118,
];

/**
 * The development pools: questions written from the sources without seeing the engine, mostly
 * lookalikes, to find the kinds of question the engine answers but should refuse. Never a measure;
 * the bench reports each as qa_pool<k>_* (QA_VERBOSE=pool<k> lists its misses).
 */
export const POOLS: Readonly<Record<string, NewItem[]>> = {
  pool1: POOL1,
  pool2: POOL2,
  pool3: POOL3,
  pool4: POOL4,
  pool5: POOL5,
  pool6: POOL6,
};

/** Every question set in the order it was written: a new set may repeat no item of those before it. */
const SETS_IN_ORDER: ReadonlyArray<ReadonlyArray<{ q: string }>> = [QUESTIONS, HELDOUT, FRESH, ...NEW_SETS];

/**
 * From newset57 on, a new set may repeat no item of the pools either: the word prior is learned
 * from them (see developmentQuestions). The sets before were written when nothing did, and 104 of
 * their items are a pool's.
 */
const POOLS_CHECKED_FROM = 57;

/** The sets written before `set` (see describeSetShape's `earlier`), and the pools for the newer sets. */
export function setsBefore(set: ReadonlyArray<{ q: string }>): Array<ReadonlyArray<{ q: string }>> {
  const at = SETS_IN_ORDER.indexOf(set);
  if (at < 0) throw new Error('setsBefore: a set missing from SETS_IN_ORDER');
  const pools = NEW_SETS.indexOf(set as NewItem[]) + 1 >= POOLS_CHECKED_FROM ? Object.values(POOLS) : [];
  return [...SETS_IN_ORDER.slice(0, at), ...pools];
}

/** What the word prior is learned from, for the reader of its file (see developmentQuestions). */
export const DEVELOPMENT_SETS = `questions, heldout, fresh, newset1–newset${MEASURED}, ${Object.keys(POOLS).join(', ')}`;

/**
 * The development questions the word prior is learned from (see word-prior.ts): the older sets,
 * the measured new sets and the pools, never the unseen set past MEASURED, each with whether it is
 * in scope. A question about a document by number is left out: its document's card answers it,
 * whatever its words.
 */
export function developmentQuestions(): Array<{ q: string; inScope: boolean }> {
  const older = [QUESTIONS, HELDOUT, FRESH].flatMap((set) =>
    set.map((i) => ({ q: i.q, inScope: i.topic !== null })),
  );
  const newer = [...NEW_SETS.slice(0, MEASURED), ...Object.values(POOLS)]
    .flat()
    .filter((i) => i.expect === null || !(i.expect.startsWith('doc:') || i.expect === 'unknown-doc'))
    .map((i) => ({ q: i.q, inScope: i.expect !== null }));
  return [...older, ...newer];
}
