import type { Server } from 'node:http';
import cron, { type ScheduledTask } from 'node-cron';
import type { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { AppDeps, BotContext } from './bot/context.js';
import { composeReminder } from './bot/features/reminders.js';
import { createBot, registerMenu } from './bot/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { DeliveryHooks } from './delivery/hooks.js';
import { Outbox } from './delivery/outbox.js';
import { Sender } from './delivery/sender.js';
import { loadI18n } from './i18n/index.js';
import { loadPack } from './knowledge/pack.js';
import type { Logger } from './logger.js';
import { LOCALES_DIR } from './paths.js';
import { ReminderEngine, ReminderLog, ReminderScheduler, Schedule } from './reminders/index.js';
import { StaffService } from './staff/service.js';
import { ChatPrefsRepo } from './store/chat-prefs.js';
import { coordinated } from './store/coordinator.js';
import { FeedSync, openFeed } from './store/feed.js';
import { openStore } from './store/index.js';
import { openLeases } from './store/leases.js';
import { startWebhookServer } from './transport/webhook.js';
import { linkDelivery } from './units/delivery-link.js';
import { UnitsRepo } from './units/repo.js';

export interface App {
  deps: AppDeps;
  bot: Telegraf<BotContext>;
  /** Drains the outbox at Telegram's pace; `sender.idle()` resolves when nothing is left to send. */
  sender: Sender;
  /** Starts taking updates (polling, or the webhook server) and the background jobs. */
  start(): Promise<void>;
  /** Stops taking updates, lets in-flight ones finish, stops jobs, closes the store. */
  stop(reason?: string): Promise<void>;
  /** The webhook server, once started in webhook mode. */
  server(): Server | undefined;
}

export interface AppOptions {
  clock: Clock;
  logger: Logger;
  botInfo?: UserFromGetMe;
  /** Called when the bot cannot go on (polling died); main stops the app and exits non-zero. */
  onFatal?: (err: unknown) => void;
}

/** A runner's lease (outbox sender, staff pass): renewed every second, lapses this long after its death. */
const RUNNER_LEASE_MS = 5_000;
/** How often a replica on a shared store takes in the others' writes. */
const SYNC_EVERY_MS = 1_000;

/** How long an update id is remembered; Telegram redelivers within minutes. */
const UPDATE_DEDUPE_MS = 15 * 60_000;

/** Wires the whole bot from a parsed config: store, services, bot, transport. */
export async function createApp(
  config: Config,
  { clock, logger, botInfo, onFatal }: AppOptions,
): Promise<App> {
  const i18n = loadI18n(LOCALES_DIR, (msg) => logger.error(msg));
  const pack = loadPack(config.campaign);
  const store = await openStore(config.storeUrl);
  // Replicas on PostgreSQL or Redis: leases elect who runs each job, and the change feed keeps
  // every replica's in-memory indexes up with the others' writes. On SQLite both are no-ops.
  const leases = openLeases(config.storeUrl);
  const sync = new FeedSync(openFeed(config.storeUrl));
  await sync.mark();
  const shared = sync.shared ? sync : undefined;
  const outbox = new Outbox(store, clock, shared && { leases, sync: shared });
  await outbox.load();
  // The units module listens here: chats gone (403, chat not found) and groups migrated.
  const delivery = new DeliveryHooks();
  const units = new UnitsRepo(store, clock, (err) => logger.error({ err }, 'units listener failed'), shared);
  await units.load();
  linkDelivery(delivery, units);
  const chatPrefs = new ChatPrefsRepo(store);
  // Reminders: the sent log in memory (a pass never reads the store), the schedule compiled once.
  const reminderLog = new ReminderLog(store, shared);
  await reminderLog.load();
  const reminderSchedule = new Schedule(pack, config.timezone);
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
    outbox,
    langOf: async (chatId) => (await chatPrefs.get(chatId)).lang,
    confirmAbove: config.broadcastConfirmAbove,
    ...(shared ? { sync: shared, isRunner: () => leases.hold('leader:staff', RUNNER_LEASE_MS) } : {}),
  });
  await staff.load();
  const deps: AppDeps = {
    config,
    clock,
    logger,
    i18n,
    pack,
    store,
    prefs: chatPrefs,
    units,
    outbox,
    delivery,
    staff,
    reminders: { log: reminderLog, schedule: reminderSchedule },
  };

  const bot = createBot(deps, botInfo ? { botInfo } : {});
  const sender = new Sender({
    outbox,
    api: bot.telegram,
    clock,
    logger: logger.child({ module: 'delivery' }),
    ratePerSecond: config.deliveryRate,
    events: delivery.events,
  });
  const reminders = new ReminderScheduler(
    new ReminderEngine({
      units,
      outbox,
      log: reminderLog,
      schedule: reminderSchedule,
      clock,
      compose: composeReminder({ i18n, pack, prefs: chatPrefs }),
      logger: logger.child({ module: 'reminders' }),
    }),
    {
      tick: config.reminderTick,
      timezone: config.timezone,
      logger,
      ...(shared
        ? {
            shared: {
              // One replica per tick; the lease outlives the tick so a slow pass is not run twice.
              cron: coordinated(leases, logger, 'reminders', { kind: 'perTick', leaseMs: 55_000 }),
              claimStartup: () =>
                leases.claim(`reminders:startup:${clock.now().toISOString().slice(0, 16)}`, 60_000),
              beforePass: () => shared.sync(),
            },
          }
        : {}),
    },
  );

  // Updates in flight, so that shutdown can let them finish.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const track = async (work: () => Promise<void>) => {
    inFlight++;
    try {
      await work();
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };
  const waitDrained = (ms: number) =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, ms).unref();
        });

  // Every update, from polling or the webhook, passes here.
  // Telegram redelivers an update whose webhook call timed out, possibly to another replica:
  // the first replica to claim its id handles it, the others drop it.
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, res) =>
    track(async () => {
      if (!(await leases.claim(`update:${update.update_id}`, UPDATE_DEDUPE_MS))) {
        logger.info({ update_id: update.update_id }, 'duplicate update dropped');
        return;
      }
      await handle(update, res);
    });

  let server: Server | undefined;
  let polling: Promise<void> | undefined;
  let stopped = false;
  let senderTask: ScheduledTask | undefined;

  return {
    deps,
    bot,
    sender,
    server: () => server,
    async start() {
      if (config.webhook) {
        const { url, secret } = config.webhook;
        server = await startWebhookServer({
          path: new URL(url).pathname,
          secret,
          port: config.port,
          logger,
          // The response goes along: a reply may ride in it (see bot/webhook-reply.ts).
          handleUpdate: (update, res) => bot.handleUpdate(update, res),
          health: async () => {
            await store.collection('meta').get('health');
            return true;
          },
        });
        if (!botInfo) bot.botInfo = await bot.telegram.getMe();
        await bot.telegram.setWebhook(url, { secret_token: secret });
        logger.info({ port: config.port, path: new URL(url).pathname }, 'webhook server listening');
      } else {
        polling = bot
          .launch({ dropPendingUpdates: false }, () => logger.info('polling for updates'))
          .catch((err: unknown) => {
            if (!stopped) {
              logger.fatal({ err }, 'polling stopped with an error');
              onFatal?.(err);
            }
          });
      }
      if (shared) {
        // One replica sends at a time (its rate limits live in its memory); the others stand by
        // and take over within RUNNER_LEASE_MS of its death, requeueing what it left in flight.
        let leading = false;
        senderTask = cron.schedule(
          '* * * * * *',
          async () => {
            await shared.sync();
            if (!leading) {
              leading = true;
              const requeued = await outbox.requeueSending();
              logger.info({ requeued }, 'this replica now sends the outbox');
            }
            sender.start();
          },
          {
            ...coordinated(leases, logger, 'outbox-sender', { kind: 'sticky', leaseMs: RUNNER_LEASE_MS }),
            noOverlap: true,
          },
        );
        senderTask.on('execution:skipped', async () => {
          if (!leading) return;
          leading = false;
          logger.info('another replica sends the outbox now');
          await sender.stop();
        });
        shared.every(SYNC_EVERY_MS, (err) => logger.warn({ err }, 'change feed sync failed'));
      } else {
        sender.start();
      }
      // One pass now, then on every REMINDER_TICK: what came due while the bot was down goes out.
      await reminders.start();
      staff.start(bot.telegram);
      await registerMenu(bot, deps);
    },
    async stop(reason = 'stop') {
      if (stopped) return;
      stopped = true;
      logger.info({ reason }, 'shutting down');
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => s.close(() => resolve()));
      } else if (polling !== undefined) {
        try {
          bot.stop(reason);
        } catch {
          // launch had not reached polling yet (still at getMe): nothing to stop
        }
      }
      await waitDrained(10_000);
      await polling;
      // After the updates: their handlers may still have enqueued something.
      await staff.stop();
      await reminders.stop();
      await senderTask?.destroy();
      sync.stop();
      await sender.stop();
      await sync.feed.close();
      await leases.close();
      await store.close();
      logger.info('stopped');
    },
  };
}
