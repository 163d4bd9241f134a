import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../src/clock.js';
import { ROOT } from '../src/orgs/org.js';
import { OrgsRepo } from '../src/orgs/repo.js';
import { openStore, type Store } from '../src/store/index.js';
import { UnitsRepo } from '../src/units/repo.js';
import { register, setCongressDate } from '../src/units/rules.js';

/**
 * units_register_per_s: registrations through UnitsRepo.update (in-process, SQLite file, WAL),
 * many units at once as a busy hour would have them.
 * rss_mb_100k_units: a fresh process that opens the store and loads 100,000 units into memory.
 * Each registration first opens one of BENCH_ORGS organisations' registration links (default
 * 500, as in a city), as a secretary following a ward's link does; 0 registers into the root.
 */
const REGISTER_N = 20_000;
const LOAD_N = 100_000;
const CONCURRENCY = Number(process.env.UNITS_BENCH_CONCURRENCY ?? 64);
const TYPES = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];
const ORGS = Number(process.env.BENCH_ORGS ?? 500);

/** The registration links of ORGS organisations (50 wards, the rest under them). */
async function registrationLinks(store: Store): Promise<{ orgs: OrgsRepo; links: string[] }> {
  const orgs = new OrgsRepo(store, systemClock, { rootName: 'Thành ủy', adminIds: [1] });
  await orgs.load();
  const links: string[] = [];
  const wards: string[] = [];
  for (let i = 0; i < ORGS; i++) {
    const parent = i < 50 ? ROOT : (wards[i % wards.length] as string);
    const made = await orgs.create(parent, `Tổ chức ${i}`, 1);
    if (made.kind !== 'ok') throw new Error(`bench org ${i}: ${made.kind}`);
    if (i < 50) wards.push(made.org.id);
    links.push((await orgs.registrationLink(made.org.id, 1)) as string);
  }
  return { orgs, links };
}

async function registerMany(
  repo: UnitsRepo,
  from: number,
  n: number,
  via?: { orgs: OrgsRepo; links: string[] },
): Promise<void> {
  let next = from;
  const end = from + n;
  const worker = async () => {
    while (next < end) {
      const i = next++;
      const chatId = i % 2 === 0 ? 100_000_000 + i : -1_001_000_000_000 - i;
      const link = via
        ? await via.orgs.resolveRegistration(via.links[i % via.links.length] as string)
        : undefined;
      if (link && link.kind !== 'ok') throw new Error(`bench link refused: ${link.kind}`);
      await repo.update(chatId, (u) => {
        const unit = register(
          u,
          {
            chatId,
            chatType: chatId > 0 ? 'private' : 'supergroup',
            type: TYPES[i % 3] as string,
            name: `Chi bộ Khu phố ${i}`,
            parent: i % 4 === 0 ? `Đảng ủy phường ${i % 97}` : undefined,
            pilot: i % 50 === 0,
            secretaryId: 200_000_000 + i,
            org: link?.kind === 'ok' ? link.org.id : undefined,
          },
          systemClock.now(),
        );
        return i % 3 === 0 ? setCongressDate(unit, '2025-05-15', systemClock.now()) : unit;
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

if (process.argv[2] === '--load') {
  // Child: load and measure.
  const store = await openStore(`sqlite://${process.argv[3] as string}`);
  const repo = new UnitsRepo(store, systemClock);
  await repo.load();
  if (repo.size !== LOAD_N) throw new Error(`loaded ${repo.size} units, expected ${LOAD_N}`);
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  process.stdout.write(`bench rss_mb_100k_units ${(process.memoryUsage().rss / 2 ** 20).toFixed(1)} MB\n`);
  await store.close();
} else {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-units-'));
  try {
    const file = join(dir, 'units.sqlite');
    const store = await openStore(`sqlite://${file}`);
    const repo = new UnitsRepo(store, systemClock);
    await repo.load();
    const via = ORGS > 0 ? await registrationLinks(store) : undefined;
    await registerMany(repo, 0, 1000, via); // warm-up
    const started = performance.now();
    await registerMany(repo, 1000, REGISTER_N, via);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`bench units_register_per_s ${Math.round(REGISTER_N / seconds)} /s\n`);
    await registerMany(repo, 1000 + REGISTER_N, LOAD_N - 1000 - REGISTER_N, via);
    await store.close();
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--load', file],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (child.status !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
