import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Store } from '../../src/store/index.js';
import { UnitsRepo } from '../../src/units/repo.js';
import {
  isRegistered,
  markDone,
  register,
  setCongressDate,
  undoDone,
  unregister,
} from '../../src/units/rules.js';
import type { Unit } from '../../src/units/unit.js';
import { tempStore } from './helpers.js';

/**
 * Random sequences of register / set date / done / undo / unregister over 50 units, run in
 * concurrent batches, must leave the store equal to a simple model: per unit, the commands
 * applied in the order they were issued.
 */

const UNITS = 50;
const TYPES = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'] as const;

type Command =
  | { op: 'register'; unit: number; type: (typeof TYPES)[number]; name: string }
  | { op: 'date'; unit: number; day: string }
  | { op: 'done'; unit: number }
  | { op: 'undo'; unit: number }
  | { op: 'unregister'; unit: number };

/** What the model keeps of a unit. */
interface ModelUnit {
  type: string;
  name: string;
  congressDate?: string;
  done: boolean;
}

const unitIdx = fc.integer({ min: 0, max: UNITS - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    op: fc.constant('register' as const),
    unit: unitIdx,
    type: fc.constantFrom(...TYPES),
    name: fc.string({ minLength: 2, maxLength: 12 }),
  }),
  fc.record({
    op: fc.constant('date' as const),
    unit: unitIdx,
    day: fc
      .date({
        min: new Date('2024-10-01T00:00:00Z'),
        max: new Date('2025-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  }),
  fc.record({ op: fc.constant('done' as const), unit: unitIdx }),
  fc.record({ op: fc.constant('undo' as const), unit: unitIdx }),
  fc.record({ op: fc.constant('unregister' as const), unit: unitIdx }),
);

/** Groups and supergroups have negative ids, some beyond 32 bits. */
const chatIdOf = (i: number) => (i % 3 === 0 ? i + 1 : i % 3 === 1 ? -(i + 1) : -1_000_000_000_000 - i);

function applyModel(model: Map<number, ModelUnit>, c: Command): void {
  const u = model.get(c.unit);
  switch (c.op) {
    case 'register':
      model.set(
        c.unit,
        u ? { ...u, type: c.type, name: c.name } : { type: c.type, name: c.name, done: false },
      );
      return;
    case 'date':
      if (u) model.set(c.unit, { ...u, congressDate: c.day });
      return;
    case 'done':
    case 'undo':
      if (u) model.set(c.unit, { ...u, done: c.op === 'done' });
      return;
    case 'unregister':
      model.delete(c.unit);
  }
}

function applyRepo(repo: UnitsRepo, c: Command, now: Date): Promise<unknown> {
  const chatId = chatIdOf(c.unit);
  return repo.update(chatId, (u) => {
    if (c.op === 'register')
      return register(
        u,
        {
          chatId,
          chatType: chatId > 0 ? 'private' : 'supergroup',
          type: c.type,
          name: c.name,
          pilot: false,
          secretaryId: 1,
        },
        now,
      );
    if (!isRegistered(u)) return u;
    switch (c.op) {
      case 'date':
        return setCongressDate(u, c.day, now);
      case 'done':
        return markDone(u, now);
      case 'undo':
        return undoDone(u, now);
      case 'unregister':
        return unregister(u, now);
    }
  });
}

const view = (units: Unit[]) =>
  new Map(
    units.filter(isRegistered).map((u) => [
      u.chatId,
      {
        type: u.type,
        name: u.name,
        ...(u.congressDate ? { congressDate: u.congressDate } : {}),
        done: u.doneAt !== undefined,
      } satisfies ModelUnit,
    ]),
  );

describe('UnitsRepo against a model', () => {
  let store: Store;
  beforeAll(async () => {
    store = await tempStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('keeps the store equal to the model under concurrent random commands', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 20 }), { maxLength: 8 }),
        async (batches) => {
          // Each run in its own band of chat ids would need a new store; clear the units instead.
          const clock = new ManualClock(`2026-03-01T01:00:${String(run++ % 60).padStart(2, '0')}Z`);
          const repo = new UnitsRepo(store, clock);
          await repo.load();
          await Promise.all(repo.all().map((u) => repo.update(u.chatId, () => undefined)));
          const model = new Map<number, ModelUnit>();
          for (const batch of batches) {
            // Issued together: one unit's commands run in issue order, different units interleave.
            await Promise.all(batch.map((c) => applyRepo(repo, c, clock.now())));
            for (const c of batch) applyModel(model, c);
            clock.advance(60_000);
          }
          const expected = new Map([...model].map(([i, u]) => [chatIdOf(i), u]));
          expect(view(repo.all())).toEqual(expected);
          const reloaded = new UnitsRepo(store, clock);
          await reloaded.load();
          expect(view(reloaded.all())).toEqual(expected);
          expect(reloaded.all()).toEqual(expect.arrayContaining(repo.all()));
          expect(reloaded.all()).toHaveLength(repo.all().length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
