import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { DEDUPE_WRITE_MS, DedupeInFlight } from '../../src/delivery/dedupe-claim.js';
import { Outbox, type OutboxSharing } from '../../src/delivery/outbox.js';
import { FeedSync, openFeed } from '../../src/store/feed.js';
import { openStore, type Store } from '../../src/store/index.js';
import { openLeases } from '../../src/store/leases.js';
import { msg, tempStoreUrl } from './helpers.js';

/**
 * Replicas share the dedupe claims. A replica that dies after claiming a key and before writing
 * its item must not take the message with it: the others are told to try again, and once the
 * dead replica's short claim has lapsed, the next one writes the item.
 */
describe('outbox dedupe across replicas: a claim without its item', () => {
  let tmp = tempStoreUrl();
  let store: Store | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await store?.close();
    tmp.cleanup();
    tmp = tempStoreUrl();
  });

  /** A replica whose outbox write never returns: it claimed the key and died before writing. */
  function dying(real: Store): { store: Store; writing: Promise<void> } {
    let started!: () => void;
    const writing = new Promise<void>((r) => {
      started = r;
    });
    const dead = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop !== 'collection') return Reflect.get(target, prop, receiver);
        return (name: string) => {
          const c = target.collection(name);
          if (name !== 'outbox') return c;
          return new Proxy(c, {
            get(ct, p, r) {
              if (p !== 'set') return Reflect.get(ct, p, r);
              return () => {
                started();
                return new Promise(() => {});
              };
            },
          });
        };
      },
    });
    return { store: dead, writing };
  }

  it('tells the other replicas to try again, and the next try after the lapse writes it, once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    store = await openStore(tmp.url);
    const clock = new ManualClock('2025-03-24T01:00:00Z');
    const sharing: OutboxSharing = { leases: openLeases(tmp.url), sync: new FeedSync(openFeed(tmp.url)) };

    const crashed = dying(store);
    const a = new Outbox(crashed.store, clock, sharing);
    await a.load();
    void a.enqueue(msg(7, 'rem:7:window:0'));
    await crashed.writing;

    const b = new Outbox(store, clock, sharing);
    await b.load();
    // Before the fix this was { created: false }: the reminder engine recorded it as sent, and it never went.
    await expect(b.enqueue(msg(7, 'rem:7:window:0'))).rejects.toBeInstanceOf(DedupeInFlight);
    expect(b.batchCounts('b1').total).toBe(0);

    vi.setSystemTime(Date.now() + DEDUPE_WRITE_MS + 1);
    const retried = await b.enqueue(msg(7, 'rem:7:window:0'));
    expect(retried.created).toBe(true);
    expect(b.batchCounts('b1')).toMatchObject({ queued: 1, total: 1 });

    // Once written the key is held for the campaign: a third replica, long after, adds nothing.
    vi.setSystemTime(Date.now() + 30 * 24 * 3600 * 1000);
    const c = new Outbox(store, clock, sharing);
    await c.load();
    expect((await c.enqueue(msg(7, 'rem:7:window:0'))).created).toBe(false);
    expect((await c.batchItems('b1')).map((i) => i.chatId)).toEqual([7]);
  });

  it('takes in, when it takes over sending, an item a dead replica wrote but never announced', async () => {
    store = await openStore(tmp.url);
    const clock = new ManualClock('2025-03-24T01:00:00Z');
    const leases = openLeases(tmp.url);
    const b = new Outbox(store, clock, { leases, sync: new FeedSync(openFeed(tmp.url)) });
    await b.load();
    // A dies between writing the item and announcing it: its change never reaches B.
    const silent = new FeedSync(openFeed(tmp.url));
    silent.publish = async () => {};
    const a = new Outbox(store, clock, { leases, sync: silent });
    await a.load();
    expect((await a.enqueue(msg(9, 'rem:9:window:0'))).created).toBe(true);
    expect(b.batchCounts('b1').total).toBe(0);

    expect(await b.reconcile()).toBe(1);
    expect(b.batchCounts('b1')).toMatchObject({ queued: 1, total: 1 });
    expect(await b.reconcile()).toBe(0);
  });

  it('counts an item a dead replica wrote but never held as done, whoever claims the key next', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    store = await openStore(tmp.url);
    const clock = new ManualClock('2025-03-24T01:00:00Z');
    const leases = openLeases(tmp.url);
    const sharing: OutboxSharing = { leases, sync: new FeedSync(openFeed(tmp.url)) };
    const a = new Outbox(store, clock, sharing);
    await a.load();
    expect((await a.enqueue(msg(8, 'rem:8:window:0'))).created).toBe(true);
    // As if the replica had died before holding the key for the campaign: its short claim lapses.
    await leases.release(`outbox:${(await a.batchItems('b1'))[0]?.id}`);

    const b = new Outbox(store, clock, sharing);
    await b.load();
    expect((await b.enqueue(msg(8, 'rem:8:window:0'))).created).toBe(false);
    expect(b.batchCounts('b1')).toMatchObject({ queued: 1, total: 1 });
  });
});
