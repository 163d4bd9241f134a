import { describe, expect, it } from 'vitest';
import {
  checkName,
  isActive,
  isRegistered,
  markDone,
  parseOneLine,
  register,
  setCongressDate,
  statusOf,
  undoDone,
  unregister,
} from '../../src/units/rules.js';
import type { Unit } from '../../src/units/unit.js';
import { pack } from './helpers.js';

const TZ = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => new Date(iso);
const cell = (over: Partial<Unit> = {}): Unit => ({
  ...register(
    undefined,
    { chatId: 1, chatType: 'private', type: 'chi-bo-co-so', name: 'Chi bộ 1', pilot: false, secretaryId: 1 },
    at('2025-01-10T01:00:00Z'),
  ),
  ...over,
});

describe('unit names', () => {
  it('trims, collapses spaces and normalises to NFC', () => {
    expect(checkName('  Chi  bo\u0323\u0302   3 ')).toEqual({ name: 'Chi bộ 3'.normalize('NFC') });
  });
  it('refuses names shorter than 2 or longer than 120 characters, counting characters not bytes', () => {
    expect(checkName(' a ')).toEqual({ error: 'short' });
    expect(checkName('   ')).toEqual({ error: 'empty' });
    expect(checkName('ộ'.repeat(120))).toEqual({ name: 'ộ'.repeat(120) });
    expect(checkName('a'.repeat(121))).toEqual({ error: 'long' });
  });
  it('refuses control characters and bidi overrides with their own reason', () => {
    expect(checkName('Chi bộ\n3')).toEqual({ error: 'control' });
    expect(checkName('Chi\tbộ')).toEqual({ error: 'control' });
    expect(checkName('Chi bộ \u202E3')).toEqual({ error: 'control' });
  });
  it('drops zero-width characters, so a name that looks the same is the same, and one made only of them is empty', () => {
    expect(checkName('Chi\u200B bộ\u200D 3\uFEFF')).toEqual({ name: 'Chi bộ 3' });
    expect(checkName('Chi b\u00ADộ\u2060 3')).toEqual({ name: 'Chi bộ 3' });
    expect(checkName('\u200B\u200C\u200D')).toEqual({ error: 'empty' });
    expect(checkName('A\u200B\u200B')).toEqual({ error: 'short' });
  });
});

describe('the one-line /dangky', () => {
  it('reads a type code or its short form, then the name', () => {
    expect(parseOneLine(pack, 'chi-bo-co-so Chi bộ 3')).toEqual({
      kind: 'ok',
      type: 'chi-bo-co-so',
      name: 'Chi bộ 3',
    });
    expect(parseOneLine(pack, 'ĐBCS Đảng bộ A')).toMatchObject({ kind: 'ok', type: 'dang-bo-co-so' });
    expect(parseOneLine(pack, 'dbcs Đảng bộ A')).toMatchObject({ kind: 'ok', type: 'dang-bo-co-so' });
  });
  it('tells an unknown type, a missing name and an empty payload apart', () => {
    expect(parseOneLine(pack, 'chibo Chi bộ 3')).toEqual({ kind: 'unknown-type', given: 'chibo' });
    expect(parseOneLine(pack, 'chi-bo-co-so')).toEqual({
      kind: 'bad-name',
      type: 'chi-bo-co-so',
      error: 'empty',
    });
    expect(parseOneLine(pack, '  ')).toEqual({ kind: 'empty' });
  });
});

describe('registration and its changes', () => {
  it('keeps progress when a registered unit is updated, starts afresh after /huydangky', () => {
    const u = setCongressDate(
      markDone(cell(), at('2025-05-01T00:00:00Z')),
      '2025-05-01',
      at('2025-05-01T00:00:00Z'),
    );
    const updated = register(
      u,
      {
        chatId: 1,
        chatType: 'private',
        type: 'dang-bo-co-so',
        name: 'Đảng bộ 1',
        pilot: false,
        secretaryId: 1,
      },
      at('2025-06-01T00:00:00Z'),
    );
    expect(updated).toMatchObject({
      registeredAt: u.registeredAt,
      congressDate: '2025-05-01',
      doneAt: u.doneAt,
    });
    const gone = unregister(updated, at('2025-06-02T00:00:00Z'));
    expect(isRegistered(gone)).toBe(false);
    const again = register(
      gone,
      {
        chatId: 1,
        chatType: 'private',
        type: 'chi-bo-co-so',
        name: 'Chi bộ 1',
        pilot: false,
        secretaryId: 1,
      },
      at('2025-06-03T00:00:00Z'),
    );
    expect(again.registeredAt).toBe('2025-06-03T00:00:00.000Z');
    expect(again.doneAt).toBeUndefined();
    expect(again.congressDate).toBeUndefined();
    expect(isActive(again)).toBe(true);
  });
  it('undoes completion', () => {
    const done = markDone(cell(), at('2025-05-01T00:00:00Z'));
    expect(undoDone(done, at('2025-05-02T00:00:00Z')).doneAt).toBeUndefined();
  });
});

describe('where a unit stands', () => {
  it('counts days left in an open window, 0 on the last day', () => {
    expect(statusOf(cell(), pack, at('2025-06-19T03:00:00Z'), TZ).standing).toEqual({
      kind: 'open',
      daysLeft: 10,
    });
    expect(statusOf(cell(), pack, at('2025-06-29T16:59:00Z'), TZ).standing).toEqual({
      kind: 'open',
      daysLeft: 0,
    });
  });
  it('shows a passed window as overdue, in the bot zone (00:30 on 30/06 in Hà Nội is already past)', () => {
    expect(statusOf(cell(), pack, at('2025-06-29T17:30:00Z'), TZ).standing).toEqual({
      kind: 'overdue',
      daysOver: 1,
    });
    expect(statusOf(cell(), pack, at('2026-03-01T01:00:00Z'), TZ).standing).toEqual({
      kind: 'overdue',
      daysOver: 245,
    });
  });
  it('shows an upcoming window with days to open and days to the deadline', () => {
    expect(statusOf(cell(), pack, at('2025-03-22T01:00:00Z'), TZ).standing).toEqual({
      kind: 'upcoming',
      daysToOpen: 10,
      daysLeft: 99,
    });
  });
  it('uses the pilot window for a pilot unit, and done wins over overdue', () => {
    const pilot = cell({ type: 'chi-bo-truc-thuoc', pilot: true });
    expect(statusOf(pilot, pack, at('2025-01-01T01:00:00Z'), TZ).window?.id).toBe('dai-hoi-diem-chi-bo');
    const done = markDone(cell(), at('2025-06-20T01:00:00Z'));
    const s = statusOf(done, pack, at('2026-03-01T01:00:00Z'), TZ);
    expect(s.standing).toEqual({ kind: 'done', doneDay: '2025-06-20' });
    expect(s.reminders).toBe('stopped');
  });
  it('flags a congress date outside the window', () => {
    expect(
      statusOf(setCongressDate(cell(), '2025-07-01', new Date()), pack, new Date(), TZ).dateOutside,
    ).toBe(true);
    expect(
      statusOf(setCongressDate(cell(), '2025-06-29', new Date()), pack, new Date(), TZ).dateOutside,
    ).toBe(false);
  });
});
