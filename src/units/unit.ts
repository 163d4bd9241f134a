import type { Day } from '../calendar.js';

/** Why a unit stopped being reachable. */
export type InactiveReason = 'unregistered' | 'blocked' | 'removed';

/**
 * A registered party unit (chi bộ or đảng bộ). One chat is one unit: the chat id is its key.
 * An active unit is registered and still reachable.
 */
export interface Unit {
  chatId: number;
  chatType: 'private' | 'group' | 'supergroup';
  /** Unit type code from the pack (chi-bo-truc-thuoc, chi-bo-co-so, dang-bo-co-so). */
  type: string;
  name: string;
  /** The organisation above it, when given (e.g. the grassroots committee of a cell). */
  parent?: string;
  /** Id of the organisation (src/orgs) the unit belongs to; absent: the root, as in older stores. */
  org?: string;
  /** Holds a pilot congress (đại hội điểm): its congress window is the pilot one. */
  pilot: boolean;
  /** Telegram user id of the secretary who speaks for the unit. */
  secretaryId: number;
  /** ISO instant of registration; nothing is reminded for moments before it. */
  registeredAt: string;
  updatedAt: string;
  congressDate?: Day;
  /** ISO instant when the congress was marked held; reminders stop. */
  doneAt?: string;
  /** Reminders paused by the secretary. */
  paused: boolean;
  active: boolean;
  inactiveReason?: InactiveReason;
  /**
   * Readiness checklist: step id (from the pack) -> who ticked it and when. An entry whose step
   * the pack no longer has is kept, shown as such, and not counted.
   */
  readiness?: Record<string, StepTick>;
  /** A pending handover: the one-time code the next secretary sends to the bot. */
  handover?: Handover;
  /**
   * Write version, one more at each write (none before the first): on a shared store a write is
   * made only if the stored record still has the version it was computed from (compare-and-set).
   */
  v?: number;
}

/** A ticked checklist step. */
export interface StepTick {
  /** Telegram user id of who ticked it. */
  by: number;
  /** ISO instant. */
  at: string;
}

/** A one-time handover code, cleared when used or replaced. */
export interface Handover {
  code: string;
  /** ISO instant after which the code no longer works. */
  expiresAt: string;
  /** Telegram user id of the secretary who issued it. */
  by: number;
}

/** Registered: a record exists and was not removed with /huydangky. */
export function isRegistered(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.inactiveReason !== 'unregistered';
}

/** Registered and reachable: the units that get reminders and broadcasts. */
export function isActive(unit: Unit | undefined): unit is Unit {
  return isRegistered(unit) && unit.active;
}
