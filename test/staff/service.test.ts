import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { Outbox } from '../../src/delivery/outbox.js';
import { loadI18n } from '../../src/i18n/index.js';
import { createLogger } from '../../src/logger.js';
import { LOCALES_DIR } from '../../src/paths.js';
import type { Broadcast } from '../../src/staff/broadcasts.js';
import { StaffService } from '../../src/staff/service.js';
import { openStore, type Store } from '../../src/store/index.js';
import { pack, unit, unitsOf } from './fixtures.js';

const i18n = loadI18n(LOCALES_DIR);
const logger = createLogger({ level: 'silent' });
const units = unitsOf([
  unit({ chatId: 11, type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 1' }),
  unit({ chatId: 12, type: 'chi-bo-co-so', name: 'Chi bộ Điểm', pilot: true }),
  unit({ chatId: 13, name: 'Đã chặn', active: false, inactiveReason: 'blocked' }),
]);

/** Records the staff-chat calls a StaffService makes. */
function fakeApi() {
  const sent: string[] = [];
  const edits: string[] = [];
  return {
    sent,
    edits,
    api: {
      sendMessage: async (_chatId: number, text: string) => {
        sent.push(text);
        return { message_id: sent.length };
      },
      editMessageText: async (_c: number, _m: number, _i: undefined, text: string) => {
        edits.push(text);
        return true;
      },
    },
  };
}

describe('staff service', () => {
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  async function rig(url: string, clock: ManualClock) {
    const store = await openStore(url);
    stores.push(store);
    const outbox = new Outbox(store, clock);
    await outbox.load();
    const staff = new StaffService({
      store,
      clock,
      logger,
      i18n,
      pack,
      timezone: 'Asia/Ho_Chi_Minh',
      units,
      outbox,
      langOf: async () => 'vi',
      confirmAbove: 100,
    });
    await staff.load();
    return { store, outbox, staff };
  }

  const draft = (over: Partial<Broadcast>): Broadcast => ({
    id: 'ABCDEF',
    text: 'Họp giao ban',
    ack: false,
    state: 'draft',
    createdBy: 1,
    staffChatId: 1,
    lang: 'vi',
    createdAt: '2025-03-20T01:00:00Z',
    audience: 'all',
    ...over,
  });

  it('keeps a scheduled broadcast across a restart and queues it once at its time, to active units only', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-staff-')), 'bot.sqlite')}`;
    const clock = new ManualClock('2025-03-20T08:00:00+07:00');
    const first = await rig(url, clock);
    await first.staff.broadcasts.save(draft({ state: 'scheduled', scheduledAt: '2025-03-20T02:00:00Z' }));
    await first.staff.tick();
    expect(first.outbox.batchCounts('bc:ABCDEF').total).toBe(0);
    await first.store.close();
    stores.length = 0;

    clock.set('2025-03-20T09:00:30+07:00');
    const second = await rig(url, clock);
    const { api, sent } = fakeApi();
    second.staff.useApi(api);
    await second.staff.tick();
    const items = await second.outbox.batchItems('bc:ABCDEF');
    expect(items.map((i) => i.chatId).sort()).toEqual([11, 12]);
    expect(sent[0]).toBe('Đang gửi thông báo #ABCDEF: 0/2 …');
    await second.staff.tick();
    expect(second.outbox.batchCounts('bc:ABCDEF').total).toBe(2);
  });

  it('reports when nothing is pending: delivered, gone and failed', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-staff-')), 'bot.sqlite')}`;
    const clock = new ManualClock('2025-03-20T08:00:00+07:00');
    const { outbox, staff } = await rig(url, clock);
    const { api, edits } = fakeApi();
    staff.useApi(api);
    await staff.saveDraft(draft({ controlMessageId: 5 }));
    const d = await staff.act('ABCDEF', { kind: 'confirm', second: false }, { userId: 1, chatId: 1 });
    expect(d.ok && d.outcome).toBe('sending');
    expect(d.ok && d.next.progressMessageId).toBe(5);
    const [a, c] = await outbox.batchItems('bc:ABCDEF');
    if (!a || !c) throw new Error('two items expected');
    await outbox.markSending(a);
    await outbox.markSent(a, 1);
    await outbox.markSending(c);
    await outbox.markDead(c, '403: Forbidden: bot was blocked by the user', 403);
    await staff.tick();
    expect((await staff.broadcasts.get('ABCDEF'))?.state).toBe('done');
    expect(edits.at(-1)).toContain('✅ Đã gửi: 1/2');
    expect(edits.at(-1)).toContain('🚫 Chặn bot hoặc đã rời: 1');
    // One instant on the manual clock: the log keeps entries of one millisecond in no set order.
    const audit = (await staff.audit.all()).map((e) => `${e.action} ${e.userId ?? '-'}`).sort();
    expect(audit).toEqual(['broadcast.draft 1', 'broadcast.finished 1', 'broadcast.started 1']);
  });

  it('writes the audit record of each step itself: scheduled, then cancelled by whoever cancelled it', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-staff-')), 'bot.sqlite')}`;
    const clock = new ManualClock('2025-03-20T08:00:00+07:00');
    const { staff } = await rig(url, clock);
    await staff.saveDraft(draft({ scheduledAt: '2025-03-20T03:00:00Z' }));
    const scheduled = await staff.act('ABCDEF', { kind: 'confirm', second: false }, { userId: 1, chatId: 1 });
    expect(scheduled.ok && scheduled.next.state).toBe('scheduled');
    const again = await staff.act('ABCDEF', { kind: 'confirm', second: false }, { userId: 1, chatId: 1 });
    expect(again).toEqual({ ok: false, refusal: 'stale' });
    const cancelled = await staff.act('ABCDEF', { kind: 'unschedule' }, { userId: 2, chatId: 2 });
    expect(cancelled.ok && cancelled.next.cancelledBy).toBe(2);
    expect((await staff.broadcasts.get('ABCDEF'))?.state).toBe('cancelled');
    const audit = (await staff.audit.all()).map((e) => `${e.action} ${e.userId} ${e.chatId}`).sort();
    expect(audit).toEqual(['broadcast.cancelled 2 2', 'broadcast.draft 1 1', 'broadcast.scheduled 1 1']);
  });

  it('queues the digest once a day, after the send hour, for staff who opted in', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-staff-')), 'bot.sqlite')}`;
    const clock = new ManualClock('2025-03-21T07:59:00+07:00');
    const { outbox, staff } = await rig(url, clock);
    await staff.digests.save({ userId: 1, chatId: 1, enabled: true, lastDay: '2025-03-20' });
    await staff.tick();
    expect(outbox.batchCounts('digest:2025-03-21').total).toBe(0);
    clock.set('2025-03-21T08:00:00+07:00');
    await staff.tick();
    await staff.tick();
    const [item] = await outbox.batchItems('digest:2025-03-21');
    expect(outbox.batchCounts('digest:2025-03-21').total).toBe(1);
    expect(item?.text).toContain('Tóm tắt ngày 21/03/2025');
    expect(item?.text).toContain('• Chi bộ Điểm — hạn 15/02/2025, quá 34 ngày');
  });
});
