import { systemClock } from '../src/clock.js';
import { ROOT } from '../src/orgs/org.js';
import { OrgsRepo } from '../src/orgs/repo.js';
import { openStore } from '../src/store/index.js';
import { UnitsRepo } from '../src/units/repo.js';
import type { Unit } from '../src/units/unit.js';

/** The benches' city: 100,000 units in 500 organisations (50 wards under the root, the rest under them). */
export const CITY_UNITS = 100_000;
export const CITY_ORGS = 500;
export const CITY_ADMIN = 1;

export interface CityOptions {
  /** Registered at (ISO); also the units' updatedAt. */
  at: string;
  /** A user made staff of the first ward, if given. */
  wardStaff?: number;
  /** Every fourth unit has ticked the dissemination step. */
  readiness?: boolean;
}

/** Seeds the city into the store at `url` through the repositories, then closes it. */
export async function seedCity(
  url: string,
  { at, wardStaff, readiness = false }: CityOptions,
): Promise<void> {
  const store = await openStore(url);
  const orgs = new OrgsRepo(store, systemClock, { rootName: 'Thành ủy', adminIds: [CITY_ADMIN] });
  const units = new UnitsRepo(store, systemClock);
  await Promise.all([orgs.load(), units.load()]);
  const ids: string[] = [];
  for (let i = 0; i < CITY_ORGS; i++) {
    const made = await orgs.create(i < 50 ? ROOT : (ids[i % 50] as string), `Tổ chức ${i}`, CITY_ADMIN);
    if (made.kind !== 'ok') throw new Error(`bench org ${i}: ${made.kind}`);
    ids.push(made.org.id);
  }
  if (wardStaff !== undefined) {
    const invite = (await orgs.issueStaffInvite(ids[0] as string, CITY_ADMIN)) as string;
    await orgs.acceptStaffInvite(invite, { id: wardStaff });
  }
  const types = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];
  const tick = { by: CITY_ADMIN, at };
  let next = 0;
  const worker = async () => {
    while (next < CITY_UNITS) {
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
        ...(readiness && i % 4 === 0 ? { readiness: { 'quan-triet': tick } } : {}),
        ...(i % 250 === 0 ? {} : { org: ids[i % CITY_ORGS] as string }),
      };
      await units.update(unit.chatId, () => unit);
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  await store.close();
}
