import type { Unit } from '../../src/units/unit.js';

/** A registered, active unit record; every field can be overridden. */
export function makeUnitRecord(over: Partial<Unit> & { chatId: number }): Unit {
  return {
    chatType: 'private',
    type: 'chi-bo-co-so',
    name: `Chi bộ ${over.chatId}`,
    pilot: false,
    secretaryId: over.chatId,
    registeredAt: '2025-03-01T00:00:00+07:00',
    updatedAt: '2025-03-01T00:00:00+07:00',
    paused: false,
    active: true,
    ...over,
  };
}
