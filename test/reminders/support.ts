import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Pack, parsePack } from '../../src/knowledge/pack.js';
import { CONFIG_DIR } from '../../src/paths.js';
import type { LogView, Mark, Snooze } from '../../src/reminders/planner.js';
import type { Collection, Store } from '../../src/store/index.js';
import type { Unit } from '../../src/units/unit.js';
import { makeUnitRecord } from '../support/units.js';

export const TZ = 'Asia/Ho_Chi_Minh';
/** The shipped pack's windows and policy; its topics (another feature's, often in flux) are left out. */
export const pack: Pack = (() => {
  const raw = parseYaml(readFileSync(join(CONFIG_DIR, 'dh-2025-2030.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete raw.topics;
  delete raw.commands; // they name topics
  const checklist = raw.checklist as { steps?: Array<{ topic?: string }> } | undefined;
  for (const step of checklist?.steps ?? []) delete step.topic; // checklist steps name topics too
  return parsePack(JSON.stringify(raw), 'dh-2025-2030.json');
})();

/**
 * The shipped pack with more steps dated, one of each kind of due, and a reminder on the due day
 * too: the review of the programmes by 15/12/2024, the political report 10 days before the unit's
 * congress date, the documents team 30 days before its window's last day (and the shipped
 * dissemination conference, due on its window's last day 31/10/2024).
 */
export const datedPack: Pack = (() => {
  const dues: Record<string, Pack['checklist']['steps'][number]['due']> = {
    'tong-ket-2020-2025': { date: '2024-12-15' },
    'bao-cao-chinh-tri': { from: 'congress', days: -10 },
    'to-van-kien': { from: 'window-last', days: -30 },
  };
  const steps = pack.checklist.steps.map((s) => {
    const due = dues[s.id];
    return due ? { ...s, due } : s;
  });
  return { ...pack, checklist: { beforeDays: [7, 1, 0], steps } };
})();

let nextChat = 1;
/** Registered on 01/03/2025, after the preparation window of 10/2024: most tests look at the congress window alone. */
export function makeUnit(over: Partial<Unit> = {}): Unit {
  return makeUnitRecord({ ...over, chatId: over.chatId ?? nextChat++ });
}

/** A sent log as plain maps, for planner tests. */
export class MemLog implements LogView {
  readonly m = new Map<number, Map<string, Mark>>();
  readonly z = new Map<number, Map<string, Snooze>>();
  marks(chatId: number) {
    return this.m.get(chatId);
  }
  snoozes(chatId: number) {
    return this.z.get(chatId);
  }
  set(chatId: number, seriesId: string, offsets: string[], s: Mark['s'] = 'sent'): this {
    const marks = this.m.get(chatId) ?? new Map<string, Mark>();
    for (const o of offsets) marks.set(`${seriesId}:${o}`, { s, at: 0 });
    this.m.set(chatId, marks);
    return this;
  }
  snooze(chatId: number, seriesId: string, snooze: Snooze): this {
    const z = this.z.get(chatId) ?? new Map<string, Snooze>();
    z.set(seriesId, snooze);
    this.z.set(chatId, z);
    return this;
  }
}

/**
 * A Store in memory; `failWrites` makes the next n writes of a collection throw (a crash mid-pass).
 * Records are kept as JSON text, as a real store keeps them: a read gets a copy of what was
 * written, never the object a writer still holds.
 */
export class MemoryStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly url = 'memory://';
  readonly data = new Map<string, Map<string, string | undefined>>();
  failAfter: { collection: string; writes: number } | undefined;

  /** The records of one collection, parsed. */
  values<T = unknown>(name: string): T[] {
    return [...(this.data.get(name)?.values() ?? [])].map((v) => (v === undefined ? v : JSON.parse(v)) as T);
  }

  collection<T>(name: string): Collection<T> {
    let map = this.data.get(name);
    if (!map) {
      map = new Map();
      this.data.set(name, map);
    }
    const m = map;
    const read = (v: string | undefined): T | undefined =>
      v === undefined ? undefined : (JSON.parse(v) as T);
    return {
      get: async (key) => read(m.get(key)),
      getMany: async (keys) => keys.map((k) => read(m.get(k))),
      set: async (key, value) => {
        if (this.failAfter?.collection === name) {
          if (this.failAfter.writes <= 0) throw new Error('simulated crash');
          this.failAfter.writes--;
        }
        m.set(key, JSON.stringify(value));
      },
      delete: async (key) => m.delete(key),
      async *entries() {
        for (const [k, v] of [...m.entries()]) yield [k, read(v) as T] as [string, T];
      },
    };
  }
  async close(): Promise<void> {}
}

/** A unit source over an array, as the UnitsRepo provides it. */
export class ArrayUnits {
  constructor(readonly units: Unit[]) {}
  active(): Unit[] {
    return this.units.filter((u) => u.active);
  }
  get(chatId: number): Unit | undefined {
    return this.units.find((u) => u.chatId === chatId);
  }
}
