import type { AppDeps } from './bot/context.js';
import { lazyRenderer } from './charts/renderer.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { DeliveryHooks } from './delivery/hooks.js';
import { Outbox } from './delivery/outbox.js';
import { loadI18n } from './i18n/index.js';
import { loadPack, type Pack } from './knowledge/pack.js';
import type { Logger } from './logger.js';
import { OrgsRepo } from './orgs/repo.js';
import { LOCALES_DIR } from './paths.js';
import { ReminderLog, Schedule } from './reminders/index.js';
import { StaffService } from './staff/service.js';
import { ChatPrefsRepo } from './store/chat-prefs.js';
import { FeedSync, openFeed } from './store/feed.js';
import { openStore, type Store } from './store/index.js';
import { type Leases, openLeases } from './store/leases.js';
import { linkDelivery } from './units/delivery-link.js';
import { UnitsRepo } from './units/repo.js';

export interface Services {
  deps: AppDeps;
  leases: Leases;
  /** The change feed on a shared store (PostgreSQL, Redis); undefined on SQLite. */
  shared: FeedSync | undefined;
  /** Closes the feed, the leases and the store, in that order. */
  close(): Promise<void>;
}

/**
 * Opens the store and loads the domain services over it: outbox, units, reminder log, staff.
 * Replicas on PostgreSQL or Redis: leases elect who runs each job, and the change feed keeps every
 * replica's in-memory indexes up with the others' writes. On SQLite both are no-ops. `pack`: the
 * campaign pack of `config.campaign` when it is already loaded (tests load it once for many apps).
 */
export async function openServices(
  config: Config,
  clock: Clock,
  logger: Logger,
  pack: Pack = loadPack(config.campaign),
): Promise<Services> {
  const i18n = loadI18n(LOCALES_DIR, (msg) => logger.error(msg));
  const store = await openStore(config.storeUrl);
  const leases = openLeases(config.storeUrl);
  const sync = new FeedSync(openFeed(config.storeUrl));
  // Before the loads: changes made while they load are replayed by the first sync.
  await sync.mark();
  const shared = sync.shared ? sync : undefined;
  const outbox = new Outbox(store, clock, shared && { leases, sync: shared });
  await outbox.load();
  // The units module listens here: chats gone (403, chat not found) and groups migrated.
  const delivery = new DeliveryHooks();
  const onError = (err: unknown) => logger.error({ err }, 'units listener failed');
  const onSlow = (chat_id: number) =>
    logger.warn({ chat_id }, 'a unit change still runs; the next goes ahead');
  const units = new UnitsRepo(store, clock, onError, shared, onSlow);
  await units.load();
  linkDelivery(delivery, units);
  // Organisations and their staff: who may act as staff, and on which units (src/orgs).
  const orgs = new OrgsRepo(store, clock, {
    rootName: config.rootOrgName ?? '',
    adminIds: config.adminIds,
    ...(shared ? { sync: shared } : {}),
  });
  await orgs.load();
  const prefs = new ChatPrefsRepo(store);
  // Reminders: the sent log in memory (a pass never reads the store), the schedule compiled once.
  const reminderLog = new ReminderLog(store, shared);
  await reminderLog.load();
  const schedule = new Schedule(pack, config.timezone);
  units.onChange((after, before) => {
    if (after && before && after.chatId !== before.chatId)
      reminderLog
        .move(before.chatId, after.chatId)
        .catch((err: unknown) => logger.error({ err }, 'reminder log not moved'));
  });
  // District staff: scheduled broadcasts, progress reports and the digest run on the injected clock.
  const staff = new StaffService({
    store,
    clock,
    logger: logger.child({ module: 'staff' }),
    i18n,
    pack,
    timezone: config.timezone,
    units,
    orgs,
    outbox,
    langOf: async (chatId) => (await prefs.get(chatId)).lang,
    confirmAbove: config.broadcastConfirmAbove,
    ...(shared ? { sync: shared } : {}),
  });
  await staff.load();
  const deps: AppDeps = {
    config,
    clock,
    logger,
    i18n,
    pack,
    store,
    prefs,
    units,
    orgs,
    outbox,
    delivery,
    staff,
    reminders: { log: reminderLog, schedule },
    charts: lazyRenderer(),
  };
  return { deps, leases, shared, close: () => closeAll(sync, leases, store) };
}

/** The feed, the leases, then the store they write to. */
async function closeAll(sync: FeedSync, leases: Leases, store: Store): Promise<void> {
  await sync.feed.close();
  await leases.close();
  await store.close();
}
