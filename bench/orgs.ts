import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../src/clock.js';
import { ROOT } from '../src/orgs/org.js';
import { OrgsRepo } from '../src/orgs/repo.js';
import { openStore } from '../src/store/index.js';
import { UnitsRepo } from '../src/units/repo.js';
import type { Unit } from '../src/units/unit.js';
import { Harness } from '../test/support/harness.js';
import { messageUpdate } from '../test/support/updates.js';

/**
 * stats_100k_ms: the root's /thongke over 100,000 units in 500 organisations (50 wards under the
 * city, 9 organisations under each), in-process: the update through the real app (`createApp`,
 * bot.handleUpdate) to its reply recorded by the fake Bot API: staff gate, scope, rows by type and
 * by child organisation, both tables, the sendMessage. Median of 15.
 * stats_100k_ward_ms: the same for a ward's staff member (2,000 units in its subtree).
 * stats_100k_with_chart_ms: the root's whole /thongke, its chart photo included (spec, vega SVG,
 * resvg PNG, sendPhoto): the handler's time. The text's figure is when its (last) sendMessage
 * arrived: a city's tables can be split into several messages.
 */
const N = 100_000;
const ORGS = 500;
const RUNS = 15;
const ADMIN = 1;
const WARD_STAFF = 2;
const CONCURRENCY = 64;
// Registered after that day's send hour, so the start-up reminder pass has nothing to send and the
// sender stays idle while /thongke is timed.
const at = '2025-06-22T02:30:00.000Z';

async function fill(url: string): Promise<void> {
  const store = await openStore(url);
  const orgs = new OrgsRepo(store, systemClock, { rootName: 'Thành ủy', adminIds: [ADMIN] });
  const units = new UnitsRepo(store, systemClock);
  await Promise.all([orgs.load(), units.load()]);
  const ids: string[] = [];
  for (let i = 0; i < ORGS; i++) {
    const made = await orgs.create(i < 50 ? ROOT : (ids[i % 50] as string), `Tổ chức ${i}`, ADMIN);
    if (made.kind !== 'ok') throw new Error(`bench org ${i}: ${made.kind}`);
    ids.push(made.org.id);
  }
  const invite = (await orgs.issueStaffInvite(ids[0] as string, ADMIN)) as string;
  await orgs.acceptStaffInvite(invite, { id: WARD_STAFF });
  const types = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];
  let next = 0;
  const worker = async () => {
    while (next < N) {
      const i = next++;
      const unit: Unit = {
        chatId: 1_000_000 + i,
        chatType: 'private',
        type: types[i % 3] as string,
        name: `Chi bộ số ${i}`,
        pilot: i % 50 === 0,
        secretaryId: 1_000_000 + i,
        registeredAt: at,
        updatedAt: at,
        paused: false,
        active: i % 101 !== 0,
        ...(i % 11 === 0 ? { doneAt: '2025-05-01T10:00:00+07:00' } : {}),
        ...(i % 250 === 0 ? {} : { org: ids[i % ORGS] as string }),
      };
      await units.update(unit.chatId, () => unit);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await store.close();
}

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Medians of /thongke: to its text reply recorded, and to the handler's end (the chart sent). */
async function median(h: Harness, userId: number): Promise<{ text: number; whole: number }> {
  const text: number[] = [];
  const whole: number[] = [];
  const chat = { id: userId, type: 'private' as const };
  for (let r = 0; r < RUNS + 1; r++) {
    const answers = () => h.api.delivered.filter((d) => d.chatId === userId);
    const sent = answers().length;
    const photos = h.telegram.photos.length;
    const t0 = performance.now();
    await h.push(messageUpdate('/thongke', { chat, from: { id: userId, languageCode: 'vi' } }));
    const ms = performance.now() - t0;
    const replies = answers();
    // A city's tables can pass Telegram's 4,096 characters: the reply is then several messages.
    if (replies.length <= sent || h.errors().length > 0 || h.telegram.photos.length !== photos + 1)
      throw new Error(`/thongke did not answer with its text and chart: ${JSON.stringify(h.errors())}`);
    // the first run warms the code up
    if (r > 0) {
      text.push((replies.at(-1)?.at ?? t0) - t0);
      whole.push(ms);
    }
  }
  return { text: mid(text), whole: mid(whole) };
}

const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-orgs-'));
try {
  const url = `sqlite://${join(dir, 'bench.sqlite')}`;
  await fill(url);
  const h = await Harness.start({
    clock: '2025-06-22T10:00:00+07:00',
    env: { STORE_URL: url, ADMIN_IDS: String(ADMIN), ROOT_ORG_NAME: 'Thành ủy' },
  });
  try {
    if (h.callsOf('sendMessage').length > 0) throw new Error('the start-up pass sent reminders');
    if (h.deps.units.size !== N) throw new Error(`loaded ${h.deps.units.size} units`);
    const root = await median(h, ADMIN);
    const ward = await median(h, WARD_STAFF);
    process.stdout.write(`bench stats_100k_ms ${root.text.toFixed(1)} ms\n`);
    process.stdout.write(`bench stats_100k_ward_ms ${ward.text.toFixed(1)} ms\n`);
    process.stdout.write(`bench stats_100k_with_chart_ms ${root.whole.toFixed(1)} ms\n`);
  } finally {
    await h.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
