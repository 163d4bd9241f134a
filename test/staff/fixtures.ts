import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import type { Unit } from '../../src/units/unit.js';
import { makeUnitRecord } from '../support/units.js';

export const pack = loadPack(DEFAULT_CAMPAIGN);

let next = 1;
/** A unit record with sensible defaults; registered on 01/01/2025. */
export function unit(over: Partial<Unit> = {}): Unit {
  const at = '2025-01-01T02:00:00.000Z';
  return makeUnitRecord({ registeredAt: at, updatedAt: at, ...over, chatId: over.chatId ?? 1000 + next++ });
}

/** A units source over a fixed list. */
export function unitsOf(list: Unit[]) {
  return {
    get: (chatId: number) => list.find((u) => u.chatId === chatId),
    all: () => list,
    active: () => list.filter((u) => u.active && u.inactiveReason !== 'unregistered'),
  };
}
