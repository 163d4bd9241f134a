// Development tallies of the question answering, from the build in dist/ (`npm run build` first):
//   node scripts/qa-replay.mjs tally        every development set and pool with today's pack
//                                           (UPTO=k: the new sets up to newset k only)
//   node scripts/qa-replay.mjs replay       newset K0..K1 (default 60..90), each judged with the
//                                           pack (phrase lists and word prior) as it stood on the
//                                           commit its header says it was measured on (git show)
// TUNE='{"namedTieLead":0.1}' overrides tuning fields (see src/knowledge/tuning.ts). It prints
// "in-scope right/all" and "out of scope refused/all"; DUMP=file writes each miss. The unseen set
// past MEASURED is never read.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CAMPAIGN } from '../dist/src/config.js';
import { loadPack } from '../dist/src/knowledge/pack.js';
import { Responder } from '../dist/src/knowledge/respond.js';
import { DEFAULT_TUNING, QaIndex } from '../dist/src/knowledge/search.js';
import { FRESH } from '../dist/test/knowledge/fresh.js';
import { HELDOUT } from '../dist/test/knowledge/heldout.js';
import { describe, judge } from '../dist/test/knowledge/newset.js';
import { QUESTIONS } from '../dist/test/knowledge/questions.js';
import { MEASURED, NEW_SETS, POOLS } from '../dist/test/knowledge/sets.js';

const tuning = { ...DEFAULT_TUNING, ...JSON.parse(process.env.TUNE ?? '{}') };
const responderOf = (file) => {
  const pack = loadPack(file);
  return new Responder(pack, QaIndex.fromPack(pack, tuning));
};
const toParts = (r, q) =>
  r
    .respond(q)
    .parts.filter((p) => p.kind !== 'not-covered')
    .map((p) =>
      p.kind === 'topic'
        ? { topic: p.topic }
        : p.kind === 'document'
          ? { document: p.id }
          : { unknownDocument: true },
    );
const t = { right: 0, inScope: 0, refused: 0, oos: 0 };
const misses = [];
/** The older sets name one topic: the reply's first (see bench/qa.ts). */
function older(r, tag, set) {
  for (const i of set) {
    const parts = toParts(r, i.q);
    const got =
      parts.find((p) => 'topic' in p)?.topic ??
      (parts.some((p) => 'document' in p) ? 'a document card' : undefined);
    count(
      tag,
      i.q,
      i.topic === null,
      i.topic === null ? got === undefined : got === i.topic,
      got ?? '(refused)',
    );
  }
}
function newer(r, tag, set) {
  for (const i of set) {
    const parts = toParts(r, i.q);
    count(tag, i.q, i.expect === null, judge(i.expect, parts), describe(parts));
  }
}
function count(tag, q, outOfScope, ok, got) {
  if (outOfScope) {
    t.oos++;
    if (ok) t.refused++;
  } else {
    t.inScope++;
    if (ok) t.right++;
  }
  if (!ok) misses.push(`${tag} ${outOfScope ? 'OOS' : 'MISS'} ${q} -> ${got}`);
}

const mode = process.argv[2] ?? 'tally';
if (mode === 'tally') {
  const r = responderOf(DEFAULT_CAMPAIGN);
  older(r, 'qa', QUESTIONS);
  older(r, 'heldout', HELDOUT);
  older(r, 'fresh', FRESH);
  const upto = Math.min(Number(process.env.UPTO ?? MEASURED), MEASURED);
  for (let k = 1; k <= upto; k++) newer(r, `new${k}`, NEW_SETS[k - 1]);
  for (const [name, pool] of Object.entries(POOLS)) newer(r, name, pool);
} else if (mode === 'replay') {
  const [k0, k1] = [Number(process.env.K0 ?? 60), Math.min(Number(process.env.K1 ?? 90), MEASURED)];
  for (let k = k0; k <= k1; k++) {
    const header = readFileSync(`test/knowledge/newset${k}.ts`, 'utf8').replace(/\n \* /g, ' ');
    const commit = header.match(/measured once, at [\d:]+ UTC on main *([0-9a-f]{7})/)?.[1];
    if (!commit) throw new Error(`newset${k}: no measurement commit in its header`);
    const dir = join(tmpdir(), 'daihoi-packs', commit);
    if (!existsSync(join(dir, 'dh-2025-2030.yaml'))) {
      mkdirSync(dir, { recursive: true });
      for (const f of ['dh-2025-2030.yaml', 'dh-2025-2030.words.json'])
        writeFileSync(join(dir, f), execFileSync('git', ['show', `${commit}:config/${f}`]));
    }
    newer(responderOf(join(dir, 'dh-2025-2030.yaml')), `new${k}`, NEW_SETS[k - 1]);
  }
} else throw new Error(`unknown mode ${mode}: tally or replay`);
console.log(`in-scope ${t.right}/${t.inScope}, out of scope refused ${t.refused}/${t.oos}`);
if (process.env.DUMP) writeFileSync(process.env.DUMP, `${misses.join('\n')}\n`);
