import { systemClock } from '../../src/clock.js';
import { type Org, ROOT } from '../../src/orgs/org.js';
import { OrgsRepo } from '../../src/orgs/repo.js';
import type { Store } from '../../src/store/index.js';
import { raceOnEveryBackend } from '../store/race.js';

const stored = (store: Store, id: string) => store.collection<Org>('orgs').get(id);
/** Round `i`'s name of organisation `id`: the organisations race at the same time, as siblings. */
const nameOf = (id: string, i: number) => `Phường ${id} số ${i}`;

/**
 * One replica renames an organisation while another issues or revokes its registration link
 * (odd rounds: a link is made; even rounds: it is revoked), the same organisation at the same moment.
 */
raceOnEveryBackend(
  'versioned organisation writes',
  'one writer renames an organisation while another issues or revokes its registration link',
  {
    writer: async (store: Store) => {
      const repo = new OrgsRepo(store, systemClock, { rootName: 'Thành ủy', adminIds: [1] });
      await repo.load();
      return repo;
    },
    create: async (repo, shared, n) => {
      // A name of its own per record, and per run on a shared store: names are unique among siblings.
      const created = await repo.create(ROOT, shared ? `Phường ${Math.random()}` : `Phường ${n}`, 1);
      if (created.kind !== 'ok') throw new Error(`not created: ${created.kind}`);
      return created.org.id;
    },
    first: (repo, id, i) => repo.rename(id, nameOf(id, i)),
    second: (repo, id, i) => (i % 2 === 1 ? repo.registrationLink(id, 1) : repo.revokeRegistration(id)),
    lost: async (store, id, i) => {
      const org = await stored(store, id);
      const linked = org?.registration !== undefined;
      const revoked = org?.revoked?.length ?? 0;
      return org?.name === nameOf(id, i) && linked === (i % 2 === 1) && revoked === Math.floor(i / 2)
        ? ''
        : `name ${org?.name}, link ${linked}, revoked ${revoked}`;
    },
    version: async (store, id) => (await stored(store, id))?.v,
    remove: async (repo, id) => {
      await repo.remove(id, () => 0);
    },
  },
  // A rename reads every organisation again (names are unique among siblings).
  { db: 9 },
);
