import type { AddressInfo } from 'node:net';
import { sign } from '@telegram-apps/init-data-node';
import { dashboardHttp } from '../../src/dashboard/http.js';
import { ROOT } from '../../src/orgs/org.js';
import type { Broadcast } from '../../src/staff/broadcasts.js';
import { startHttpServer, type WebhookServer } from '../../src/transport/webhook.js';
import type { Unit } from '../../src/units/unit.js';
import { Harness, TOKEN } from '../support/harness.js';
import { makeUnitRecord } from '../support/units.js';

/** The city (ADMIN_IDS), two wards with one staff member each, and a user who is not staff. */
export const CITY = 1;
export const STAFF_A = 7001;
export const STAFF_B = 7002;
export const NOBODY = 7999;
export const CLOCK = '2025-03-20T09:00:00+07:00';

/** Telegram's init data for `userId`, signed with the harness's bot token (or another one: forged). */
export function initData(
  userId: number,
  opts: { authDate?: Date; token?: string; languageCode?: string } = {},
): string {
  return sign(
    { user: { id: userId, first_name: `User ${userId}`, language_code: opts.languageCode ?? 'vi' } },
    opts.token ?? TOKEN,
    opts.authDate ?? new Date(),
  );
}

export interface Fixture {
  h: Harness;
  org: { A: string; B: string };
  /** http://127.0.0.1:PORT/dashboard/ */
  base: string;
  server: WebhookServer;
  close(): Promise<void>;
}

const unit = (chatId: number, over: Partial<Unit>): Unit => makeUnitRecord({ chatId, ...over });

/**
 * Ward A: cells of every standing on 20/03/2025 (chi-bo-truc-thuoc in its window, its pilot late,
 * chi-bo-co-so and dang-bo-co-so upcoming), some done, one that blocked the bot, steps ticked;
 * a notice sent. Ward B: units whose names say "Bình". The city holds one unit itself.
 */
async function seed(h: Harness): Promise<{ A: string; B: string }> {
  const { orgs, units, staff } = h.deps;
  const made = async (name: string) => {
    const c = await orgs.create(ROOT, name, CITY);
    if (c.kind !== 'ok') throw new Error(`org ${name}: ${c.kind}`);
    return c.org.id;
  };
  const A = await made('Phường An');
  const B = await made('Phường Bình');
  for (const [org, userId] of [
    [A, STAFF_A],
    [B, STAFF_B],
  ] as const) {
    const link = await orgs.issueStaffInvite(org, CITY);
    await orgs.acceptStaffInvite(link as string, { id: userId });
  }
  const tick = { by: 1, at: '2025-03-10T08:00:00+07:00' };
  const records: Unit[] = [
    unit(-101, { org: A, type: 'chi-bo-truc-thuoc', name: 'Chi bộ An Một' }),
    unit(-102, {
      org: A,
      type: 'chi-bo-truc-thuoc',
      name: 'Chi bộ An Hai',
      doneAt: '2025-03-15T10:00:00+07:00',
    }),
    unit(-103, { org: A, type: 'chi-bo-truc-thuoc', name: 'Chi bộ An Ba', pilot: true }),
    unit(-104, { org: A, type: 'chi-bo-co-so', name: 'Chi bộ Trường An', readiness: { 'quan-triet': tick } }),
    unit(-105, {
      org: A,
      type: 'chi-bo-co-so',
      name: 'Chi bộ Chợ An',
      active: false,
      inactiveReason: 'blocked',
    }),
    unit(-106, {
      org: A,
      type: 'dang-bo-co-so',
      name: 'Đảng bộ Công ty An',
      readiness: { 'quan-triet': tick, 'to-nhan-su': tick },
    }),
    unit(-107, { org: A, type: 'dang-bo-co-so', name: '=Đảng bộ Bệnh viện An' }),
    unit(-108, {
      org: A,
      type: 'chi-bo-co-so',
      name: 'Chi bộ Đã Rời',
      active: false,
      inactiveReason: 'unregistered',
    }),
    unit(-201, { org: B, type: 'chi-bo-truc-thuoc', name: 'Chi bộ Bình Một' }),
    unit(-202, { org: B, type: 'chi-bo-co-so', name: 'Chi bộ Bình Hai', readiness: { 'quan-triet': tick } }),
    unit(-203, { org: B, type: 'dang-bo-co-so', name: 'Đảng bộ Bình Ba' }),
    unit(-301, { type: 'chi-bo-co-so', name: 'Chi bộ Thành phố' }),
  ];
  for (const r of records) await units.update(r.chatId, () => r);
  const sent: Broadcast = {
    id: 'AAAA22',
    text: 'Thông báo họp trực tuyến\nNội dung chi tiết',
    ack: true,
    audience: 'all',
    state: 'done',
    createdBy: STAFF_A,
    org: A,
    staffChatId: STAFF_A,
    lang: 'vi',
    createdAt: '2025-03-18T08:00:00+07:00',
    startedAt: '2025-03-18T08:05:00+07:00',
    recipients: [-101, -102, -103, -104, -106, -107],
    report: { total: 6, sent: 4, gone: 1, failed: 1, acks: 3 },
  };
  await staff.broadcasts.save(sent);
  await staff.broadcasts.save({ ...sent, id: 'BBBB33', org: B, text: 'Thông báo riêng Phường Bình' });
  return { A, B };
}

export async function startFixture(): Promise<Fixture> {
  const h = await Harness.start({ clock: CLOCK, env: { ADMIN_IDS: String(CITY) } });
  const org = await seed(h);
  const http = dashboardHttp(h.deps, '/dashboard/');
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: h.deps.logger,
    health: async () => true,
    routes: http.handle,
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    h,
    org,
    base: `http://127.0.0.1:${port}/dashboard/`,
    server,
    async close() {
      await server.close(100);
      await h.stop();
    },
  };
}
