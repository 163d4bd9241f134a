import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sign } from '@telegram-apps/init-data-node';
import { dashboardHttp } from '../src/dashboard/http.js';
import { startHttpServer } from '../src/transport/webhook.js';
import { Harness, TOKEN } from '../test/support/harness.js';
import { CITY_ADMIN as ADMIN, CITY_UNITS as N, seedCity } from './city.js';

/**
 * dashboard_api_p99_ms: the dashboard's overview API for the root's staff over 100,000 units in
 * 500 organisations, in process over loopback HTTP: init data validated, staff scope, statistics
 * by type and by child organisation, readiness per step, the JSON. 99th percentile of 300 calls,
 * one at a time, after 20 to warm up. The same request repeated with no write between: this is
 * the remembered path (orgs/stats.ts `unitStats` counts once per units change, organisation and day).
 * dashboard_api_cold_ms: the same request when the counts are not remembered, each call the first
 * after a unit was written (the pass over all 100,000 units runs): the slowest of 30 calls.
 */
const CALLS = 300;
const WARMUP = 20;
const COLD_CALLS = 30;
const at = '2025-06-22T02:30:00.000Z';

const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-dashboard-'));
try {
  const url = `sqlite://${join(dir, 'bench.sqlite')}`;
  await seedCity(url, { at, readiness: true });
  const h = await Harness.start({
    clock: '2025-06-22T10:00:00+07:00',
    env: { STORE_URL: url, ADMIN_IDS: String(ADMIN), ROOT_ORG_NAME: 'Thành ủy' },
  });
  const http = dashboardHttp(h.deps, '/dashboard/');
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: h.deps.logger,
    health: async () => true,
    routes: http.handle,
  });
  try {
    if (h.deps.units.size !== N) throw new Error(`loaded ${h.deps.units.size} units`);
    const { port } = server.server.address() as AddressInfo;
    const auth = `tma ${sign({ user: { id: ADMIN, first_name: 'Bench' } }, TOKEN, new Date())}`;
    const overview = async (): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/dashboard/api/overview`, {
        headers: { authorization: auth },
      });
      const body = (await res.json()) as { byType?: { total: { registered: number } } };
      const ms = performance.now() - t0;
      if (res.status !== 200 || body.byType?.total.registered !== N)
        throw new Error(`overview answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
      return ms;
    };
    const times: number[] = [];
    for (let i = 0; i < WARMUP + CALLS; i++) {
      const ms = await overview();
      if (i >= WARMUP) times.push(ms);
    }
    // Cold: a unit's name changes before each call, so none is answered from remembered counts.
    const cold: number[] = [];
    const { units } = h.deps;
    for (let i = 0; i < COLD_CALLS; i++) {
      await units.update(1_000_000 + i, (u) => (u ? { ...u, name: `${u.name}.` } : u));
      cold.push(await overview());
    }
    cold.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const p99 = times[Math.ceil(times.length * 0.99) - 1] ?? 0;
    const median = times[Math.floor(times.length / 2)] ?? 0;
    process.stdout.write(`bench dashboard_api_p99_ms ${p99.toFixed(1)} ms\n`);
    process.stdout.write(`bench dashboard_api_median_ms ${median.toFixed(1)} ms\n`);
    const coldP99 = cold[Math.ceil(cold.length * 0.99) - 1] ?? 0;
    process.stdout.write(`bench dashboard_api_cold_ms ${coldP99.toFixed(1)} ms\n`);
  } finally {
    await server.close(100);
    await h.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
