import { type Day, dayIn, positionIn, type WindowPosition } from '../calendar.js';
import { congressWindow, type Pack, type UnitType, type Window } from '../knowledge/pack.js';
import { ROOT } from '../orgs/org.js';
import { isRegistered, type Unit } from './unit.js';

/**
 * Unit rules without Telegram: what a valid name is, how the one-line /dangky reads, what a
 * registration, a congress date, completion and removal do to a record, and where a unit stands.
 */

export const NAME_MIN = 2;
export const NAME_MAX = 120;

export type NameError = 'empty' | 'short' | 'long' | 'control';

/** C0/C1 controls (newline, tab…) and bidi overrides that would disguise a name in a list. */
const CONTROL = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Invisible characters (zero-width space and joiners, word joiner, BOM, soft hyphen): dropped. */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/gu;

/**
 * A name (unit or parent organisation): NFC, invisible characters dropped (so two names that
 * look the same are the same), trimmed, inner spaces collapsed, 2–120 characters.
 */
export function checkName(raw: string): { name: string } | { error: NameError } {
  if (CONTROL.test(raw.trim())) return { error: 'control' };
  const name = raw.normalize('NFC').replace(ZERO_WIDTH, '').trim().replace(/\s+/gu, ' ');
  const length = [...name].length;
  if (length === 0) return { error: 'empty' };
  if (length < NAME_MIN) return { error: 'short' };
  if (length > NAME_MAX) return { error: 'long' };
  return { name };
}

/** Finds a unit type by its code or its short form (CBCS, ĐBCS or DBCS), any case. */
export function findType(pack: Pack, given: string): UnitType | undefined {
  const plain = (s: string) => s.normalize('NFC').toLowerCase().replace(/đ/g, 'd');
  const g = plain(given.trim());
  return pack.unitTypes.find((t) => t.code === g || plain(t.short) === g);
}

export type OneLine =
  | { kind: 'empty' }
  | { kind: 'ok'; type: string; name: string }
  | { kind: 'unknown-type'; given: string }
  | { kind: 'bad-name'; type: string; error: NameError };

/** Reads `/dangky TYPE NAME`'s payload. */
export function parseOneLine(pack: Pack, payload: string): OneLine {
  const trimmed = payload.replace(/^[ \t]+/, '');
  if (trimmed.trim() === '') return { kind: 'empty' };
  const m = /^(\S+)(?:[ \t]+([\s\S]*))?$/u.exec(trimmed);
  const given = m?.[1] ?? '';
  const type = findType(pack, given);
  if (!type) return { kind: 'unknown-type', given: [...given].slice(0, 40).join('') };
  const checked = checkName(m?.[2] ?? '');
  if ('error' in checked) return { kind: 'bad-name', type: type.code, error: checked.error };
  return { kind: 'ok', type: type.code, name: checked.name };
}

export { isActive, isRegistered } from './unit.js';

export interface Registration {
  chatId: number;
  chatType: Unit['chatType'];
  type: string;
  name: string;
  parent?: string | undefined;
  /** The organisation whose registration link was used; absent keeps the unit's own (the root when new). */
  org?: string | undefined;
  pilot: boolean;
  secretaryId: number;
}

/**
 * Registers, or updates a registered unit. An update keeps what the unit has done so far
 * (registration time, congress date, completion, pause); a unit registered again after
 * /huydangky starts afresh, so nothing is reminded for the time it was away.
 */
export function register(current: Unit | undefined, r: Registration, now: Date): Unit {
  const at = now.toISOString();
  // What a fresh registration starts with; an update keeps the unit's own history instead.
  const history = isRegistered(current) ? current : { registeredAt: at, paused: false };
  const next: Unit = {
    ...history,
    chatId: r.chatId,
    chatType: r.chatType,
    type: r.type,
    name: r.name,
    pilot: r.pilot,
    secretaryId: r.secretaryId,
    updatedAt: at,
    active: true,
  };
  delete next.inactiveReason;
  if (r.parent) next.parent = r.parent;
  else delete next.parent;
  if (r.org === ROOT) delete next.org;
  else if (r.org !== undefined) next.org = r.org;
  return next;
}

const touch = (unit: Unit, now: Date): Unit => ({ ...unit, updatedAt: now.toISOString() });

export function setCongressDate(unit: Unit, day: Day, now: Date): Unit {
  return { ...touch(unit, now), congressDate: day };
}

export function markDone(unit: Unit, now: Date): Unit {
  return unit.doneAt ? unit : { ...touch(unit, now), doneAt: now.toISOString() };
}

export function undoDone(unit: Unit, now: Date): Unit {
  if (!unit.doneAt) return unit;
  const next = touch(unit, now);
  delete next.doneAt;
  return next;
}

export function setPaused(unit: Unit, paused: boolean, now: Date): Unit {
  return unit.paused === paused ? unit : { ...touch(unit, now), paused };
}

/** /huydangky: the record stays (staff lists show who left) but counts for nothing. */
export function unregister(unit: Unit, now: Date): Unit {
  const next: Unit = { ...touch(unit, now), active: false, inactiveReason: 'unregistered' };
  delete next.handover;
  return next;
}

export type Standing =
  | { kind: 'done'; doneDay: Day }
  | { kind: 'upcoming'; daysToOpen: number; daysLeft: number }
  | { kind: 'open'; daysLeft: number }
  | { kind: 'overdue'; daysOver: number };

export interface UnitStatus {
  window: Window | undefined;
  position: WindowPosition | undefined;
  standing: Standing | undefined;
  /** The planned congress date lies outside the window. */
  dateOutside: boolean;
  reminders: 'on' | 'paused' | 'stopped';
}

/** Where a unit stands today against its congress window. */
export function statusOf(unit: Unit, pack: Pack, now: Date, tz: string): UnitStatus {
  const window = congressWindow(pack, unit.type, unit.pilot);
  const today = dayIn(tz, now);
  const position = window ? positionIn(window, today) : undefined;
  let standing: Standing | undefined;
  if (unit.doneAt) standing = { kind: 'done', doneDay: dayIn(tz, new Date(unit.doneAt)) };
  else if (position?.phase === 'upcoming')
    standing = { kind: 'upcoming', daysToOpen: position.daysToOpen, daysLeft: position.daysLeft };
  else if (position?.phase === 'open') standing = { kind: 'open', daysLeft: position.daysLeft };
  else if (position) standing = { kind: 'overdue', daysOver: -position.daysLeft };
  return {
    window,
    position,
    standing,
    dateOutside:
      window !== undefined && unit.congressDate !== undefined && !dayWithin(unit.congressDate, window),
    reminders: unit.doneAt ? 'stopped' : unit.paused ? 'paused' : 'on',
  };
}

export function dayWithin(day: Day, window: { first: Day; last: Day }): boolean {
  return day >= window.first && day <= window.last;
}
