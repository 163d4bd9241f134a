import { addDay } from '../../src/calendar.js';
import { systemClock } from '../../src/clock.js';
import type { Store } from '../../src/store/index.js';
import { isStepDone } from '../../src/units/readiness.js';
import { changeStep } from '../../src/units/readiness-write.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { setCongressDate } from '../../src/units/rules.js';
import type { Unit } from '../../src/units/unit.js';
import { raceOnEveryBackend } from '../store/race.js';
import { makeUnitRecord } from '../support/units.js';
import { pack } from './helpers.js';

const stored = (store: Store, chatId: number) => store.collection<Unit>('units').get(String(chatId));
const writer = (store: Store) => new UnitsRepo(store, systemClock);

/** A chat id of its own per record, and per run on a shared store (the servers are shared between runs). */
async function create(repo: UnitsRepo, shared: boolean, n: number): Promise<number> {
  const chatId = shared ? -Math.floor(1e12 + Math.random() * 1e12) : 42 + n;
  await repo.update(chatId, () => makeUnitRecord({ chatId, name: 'Chi bộ 0', secretaryId: 1 }));
  return chatId;
}
const common = {
  writer,
  create,
  version: async (store: Store, chatId: number) => (await stored(store, chatId))?.v,
  remove: async (repo: UnitsRepo, chatId: number) => {
    await repo.update(chatId, () => undefined);
  },
};

raceOnEveryBackend('versioned unit writes', 'one writer renames a unit while another changes its secretary', {
  ...common,
  first: (repo, chatId, i) => repo.update(chatId, (u) => (u ? { ...u, name: `Chi bộ ${i}` } : u)),
  second: (repo, chatId, i) => repo.update(chatId, (u) => (u ? { ...u, secretaryId: 1_000 + i } : u)),
  lost: async (store, chatId, i) => {
    const u = await stored(store, chatId);
    return u?.name === `Chi bộ ${i}` && u.secretaryId === 1_000 + i ? '' : `${u?.name} / ${u?.secretaryId}`;
  },
});

// Readiness lives on the unit record (src/units/readiness-write.ts writes through UnitsRepo.update),
// so the unit's compare-and-set covers it: a tick and a date edit both survive.
const STEP = 'quan-triet';
const dayOf = (i: number) => addDay('2025-01-01', i);
raceOnEveryBackend(
  'versioned readiness writes',
  'one writer ticks a step while another edits the unit’s date',
  {
    ...common,
    // Ticked in odd rounds, unticked in even ones: each round is a change.
    first: (repo, chatId, i) =>
      changeStep(repo, pack, undefined, {
        chatId,
        stepId: STEP,
        done: i % 2 === 1,
        by: 7,
        now: () => new Date(),
      }),
    second: (repo, chatId, i) =>
      repo.update(chatId, (u) => (u ? setCongressDate(u, dayOf(i), new Date()) : u)),
    lost: async (store, chatId, i) => {
      const u = await stored(store, chatId);
      const ticked = u !== undefined && isStepDone(u, STEP);
      return ticked === (i % 2 === 1) && u?.congressDate === dayOf(i)
        ? ''
        : `ticked ${ticked}, date ${u?.congressDate}`;
    },
  },
);
