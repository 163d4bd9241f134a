import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Harness } from '../test/support/harness.js';
import { messageUpdate } from '../test/support/updates.js';
import { CITY_ADMIN as ADMIN, CITY_UNITS as N, seedCity } from './city.js';

/**
 * stats_100k_ms: the root's /thongke over 100,000 units in 500 organisations (50 wards under the
 * city, 9 organisations under each), in-process: the update through the real app (`createApp`,
 * bot.handleUpdate) to its reply recorded by the fake Bot API: staff gate, scope, rows by type and
 * by child organisation, both tables, the sendMessage. Median of 15.
 * stats_100k_ward_ms: the same for a ward's staff member (2,000 units in its subtree).
 * stats_100k_with_chart_ms: the root's whole /thongke, its chart photo included (spec, vega SVG,
 * resvg PNG, sendPhoto), drawn each run (not the picture /thongke keeps): the handler's time. The text's figure is when its (last) sendMessage
 * arrived: a city's tables can be split into several messages.
 */
const RUNS = 15;
const WARD_STAFF = 2;
const _CONCURRENCY = 64;
// Registered after that day's send hour, so the start-up reminder pass has nothing to send and the
// sender stays idle while /thongke is timed.
const at = '2025-06-22T02:30:00.000Z';

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Medians of /thongke: to its text reply recorded, and to the handler's end (the chart sent). */
async function median(h: Harness, userId: number): Promise<{ text: number; whole: number }> {
  const text: number[] = [];
  const whole: number[] = [];
  const chat = { id: userId, type: 'private' as const };
  const { charts } = h.deps;
  const draw = charts.png;
  for (let r = 0; r < RUNS + 1; r++) {
    const answers = () => h.api.delivered.filter((d) => d.chatId === userId);
    const sent = answers().length;
    const photos = h.telegram.photos.length;
    // A renderer of its own per run: its picture is drawn, not the one /thongke kept from the
    // last run (drawn-charts.ts keeps pictures per renderer), so the figure stays the drawing's.
    charts.png = (spec) => draw.call(charts, spec);
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
  await seedCity(url, { at, wardStaff: WARD_STAFF });
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
