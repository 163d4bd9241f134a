import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/delivery/outbox.js';
import {
  audienceChoices,
  decodeAudience,
  encodeAudience,
  selectAudience,
  standingOf,
} from '../../src/staff/audience.js';
import { failureKind, reportOf } from '../../src/staff/broadcasts.js';
import { BOM, CSV_COLUMNS, csvField, unitsCsv } from '../../src/staff/csv.js';
import { buildDigest } from '../../src/staff/digest.js';
import { parseBroadcastInput } from '../../src/staff/schedule.js';
import { renderStatsTable, statsByType } from '../../src/staff/stats.js';
import { pack, unit } from './fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
// 20/03/2025: the cells under grassroots committees are in their window (01/01–31/03), grassroots
// cells and committees are not yet (01/04–29/06), and every pilot window has passed.
const TODAY = '2025-03-20';

const cbtt = unit({ type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 1' });
const cbttDone = unit({
  type: 'chi-bo-truc-thuoc',
  name: 'Chi bộ Khu phố 2',
  doneAt: '2025-03-10T03:00:00Z',
});
const cbcs = unit({ type: 'chi-bo-co-so', name: 'Chi bộ Trường Tiểu học Lê Ngọc Hân' });
const pilotLate = unit({ type: 'chi-bo-co-so', name: 'Chi bộ Điểm', pilot: true });
const dbcs = unit({ type: 'dang-bo-co-so', name: 'Đảng bộ phường Bạch Đằng' });
const blocked = unit({
  type: 'dang-bo-co-so',
  name: 'Đảng bộ đã chặn',
  active: false,
  inactiveReason: 'blocked',
});
const gone = unit({ name: 'Đã hủy', active: false, inactiveReason: 'unregistered' });
const all = [cbtt, cbttDone, cbcs, pilotLate, dbcs, blocked, gone];
const active = all.filter((u) => u.active);

describe('where a unit stands', () => {
  it('is late once its congress window has passed without the congress, done once held', () => {
    expect(standingOf(pack, pilotLate, TODAY).standing).toBe('late');
    expect(standingOf(pack, cbtt, TODAY)).toMatchObject({ standing: 'open', daysLeft: 11 });
    expect(standingOf(pack, cbcs, TODAY).standing).toBe('upcoming');
    expect(standingOf(pack, cbttDone, TODAY).standing).toBe('done');
    expect(standingOf(pack, cbtt, '2026-01-10').standing).toBe('late');
  });
});

describe('broadcast audiences', () => {
  const names = (code: string) => {
    const spec = decodeAudience(code, pack);
    if (!spec) throw new Error(code);
    return selectAudience(spec, active, pack, TODAY).map((u) => u.name);
  };

  it('chooses among active units only', () => {
    expect(names('all')).toHaveLength(5);
    expect(names('all')).not.toContain('Đảng bộ đã chặn');
    expect(names('t.dang-bo-co-so')).toEqual(['Đảng bộ phường Bạch Đằng']);
    expect(names('not-done')).not.toContain('Chi bộ Khu phố 2');
    expect(names('late')).toEqual(['Chi bộ Điểm']);
    expect(names('pilot')).toEqual(['Chi bộ Điểm']);
  });

  it('round-trips every choice through its code and refuses unknown ones', () => {
    for (const spec of audienceChoices(pack))
      expect(decodeAudience(encodeAudience(spec), pack)).toEqual(spec);
    expect(decodeAudience('t.khong-co', pack)).toBeUndefined();
    expect(decodeAudience('everyone', pack)).toBeUndefined();
  });
});

describe('/thongbao input', () => {
  const now = new Date('2025-03-20T09:00:00+07:00');

  it('takes the text as it is', () => {
    expect(parseBroadcastInput('  Kính gửi các đồng chí\nHọp lúc 8h ', TZ, now)).toEqual({
      ok: true,
      text: 'Kính gửi các đồng chí\nHọp lúc 8h',
    });
  });

  it('reads "lúc DD/MM/YYYY HH:mm" in the bot zone, either order, with or without accents', () => {
    const a = parseBroadcastInput('lúc 25/03/2025 08:00 Họp chi bộ', TZ, now);
    expect(a).toEqual({ ok: true, text: 'Họp chi bộ', at: new Date('2025-03-25T01:00:00Z') });
    const b = parseBroadcastInput('luc 08:00 25/3/2025\nHọp', TZ, now);
    expect(b).toMatchObject({ ok: true, text: 'Họp', at: new Date('2025-03-25T01:00:00Z') });
  });

  it('names the problem: empty, past, impossible, unreadable, too long', () => {
    expect(parseBroadcastInput('   ', TZ, now)).toEqual({ ok: false, error: 'empty' });
    expect(parseBroadcastInput('lúc 20/03/2025 08:59 Họp', TZ, now)).toEqual({
      ok: false,
      error: 'time-past',
    });
    expect(parseBroadcastInput('lúc 31/02/2025 08:00 Họp', TZ, now)).toEqual({
      ok: false,
      error: 'time-impossible',
    });
    expect(parseBroadcastInput('lúc 25/03/2025 24:00 Họp', TZ, now)).toMatchObject({
      error: 'time-impossible',
    });
    expect(parseBroadcastInput('lúc mai Họp', TZ, now)).toEqual({ ok: false, error: 'time-format' });
    expect(parseBroadcastInput('x'.repeat(4097), TZ, now)).toEqual({ ok: false, error: 'too-long' });
  });
});

describe('statistics', () => {
  it('counts by type; a blocked unit is registered, unreachable and not active, an unregistered one is not counted', () => {
    const { rows, total } = statsByType(pack, all, TODAY);
    const dbcsRow = rows.find((r) => r.type === 'dang-bo-co-so');
    expect(dbcsRow).toMatchObject({ registered: 2, active: 1, upcoming: 1, unreachable: 1 });
    expect(total).toMatchObject({
      registered: 6,
      active: 5,
      done: 1,
      late: 1,
      open: 1,
      upcoming: 2,
      unreachable: 1,
    });
    for (const row of [...rows, total])
      expect(row.done + row.late + row.open + row.upcoming + row.unreachable).toBe(row.registered);
  });

  it('renders a table whose columns line up', () => {
    const labels = {
      type: 'Loại',
      total: 'Tổng',
      registered: 'ĐK',
      active: 'HĐ',
      done: 'Xong',
      late: 'Trễ',
      open: 'Đang',
      upcoming: 'Sắp',
      unreachable: 'Mất',
    };
    const short = new Map(pack.unitTypes.map((t) => [t.code, t.short]));
    const table = renderStatsTable(statsByType(pack, all, TODAY), labels, (c) => short.get(c) ?? c);
    const lines = table.split('\n');
    expect(lines[0]).toBe('Loại ĐK HĐ Xong Trễ Đang Sắp Mất');
    expect(lines).toContain('ĐBCS  2  1    0   0    0   1   1');
    expect(lines.at(-1)).toBe('Tổng  6  5    1   1    1   2   1');
  });
});

describe('CSV export', () => {
  it('quotes commas and quotes and defuses formulas', () => {
    expect(csvField('Chi bộ 1, phường "A"')).toBe('"Chi bộ 1, phường ""A"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-1001234)).toBe('-1001234');
    expect(csvField(undefined)).toBe('');
  });

  it('starts with a BOM, one line per unit, Vietnamese intact', () => {
    const words = {
      header: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as never,
      yes: 'Có',
      no: 'Không',
      standing: { done: 'Đã đại hội', late: 'Trễ hạn', open: 'Trong thời hạn', upcoming: 'Chưa đến' },
      inactive: (r: string) => `Không (${r})`,
      typeName: (c: string) => c,
    };
    const csv = unitsCsv(pack, [cbtt, cbttDone, blocked], { today: TODAY, timezone: TZ, words });
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('Chi bộ Khu phố 1');
    expect(lines[2]).toContain('10/03/2025');
    expect(lines[3]).toContain('Không (blocked)');
  });
});

describe('daily digest', () => {
  it('lists late units and those whose window closes within 7 days, among active units', () => {
    const d = buildDigest(pack, all, '2025-03-25');
    expect(d.late.map((e) => e.unit.name)).toEqual(['Chi bộ Điểm']);
    expect(d.closing.map((e) => [e.unit.name, e.daysLeft])).toEqual([['Chi bộ Khu phố 1', 6]]);
    expect(buildDigest(pack, all, '2025-03-20').closing).toEqual([]);
  });
});

describe('broadcast report', () => {
  const item = (state: OutboxItem['state'], errorCode?: number, lastError?: string) =>
    ({ state, errorCode, lastError }) as OutboxItem;

  it('tells blocked or left apart from other failures', () => {
    expect(failureKind({ errorCode: 403, lastError: '403: Forbidden: bot was blocked by the user' })).toBe(
      'gone',
    );
    expect(failureKind({ errorCode: 400, lastError: '400: Bad Request: chat not found' })).toBe('gone');
    expect(failureKind({ errorCode: 400, lastError: '400: Bad Request: message is too long' })).toBe(
      'failed',
    );
    const report = reportOf(
      [item('sent'), item('sent'), item('dead', 403), item('dead', 500, 'gave up'), item('queued')],
      1,
    );
    expect(report).toEqual({ total: 5, sent: 2, gone: 1, failed: 1, acks: 1 });
  });
});
