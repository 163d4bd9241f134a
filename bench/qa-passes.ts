/**
 * Answers questions.ts's questions QA_PASSES times (default 0) and exits: a load for counting
 * instructions per question, which, unlike times, are the same from run to run on this machine.
 *
 *   valgrind --tool=callgrind node --jitless dist/bench/qa-passes.js            # start-up only
 *   QA_PASSES=10 valgrind --tool=callgrind node --jitless dist/bench/qa-passes.js
 *
 * (second total − first total) / (10 × 180) is the instructions per question.
 */
import { DEFAULT_CAMPAIGN } from '../src/config.js';
import { loadPack } from '../src/knowledge/pack.js';
import { Responder } from '../src/knowledge/respond.js';
import { QUESTIONS } from '../test/knowledge/questions.js';

const responder = new Responder(loadPack(DEFAULT_CAMPAIGN));
const passes = Number(process.env.QA_PASSES ?? 0);
for (let k = 0; k < passes; k++) for (const item of QUESTIONS) responder.respond(item.q);
