import type { Server } from 'node:http';
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
import { botJobs } from './jobs/bot-jobs.js';
import { JobRunner } from './jobs/runner.js';
import { loadPack } from './knowledge/pack.js';
import type { Logger } from './logger.js';
import { LOCALES_DIR } from './paths.js';
import { ReminderEngine, ReminderLog, Schedule } from './reminders/index.js';
import { StaffService } from './staff/service.js';
import { ChatPrefsRepo } from './store/chat-prefs.js';
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
  /** The periodic work (reminders, sender, staff, feed-sync); `jobs.run(name)` resolves when that run finished. */
  jobs: JobRunner;
}

export interface AppOptions {
  clock: Clock;
  logger: Logger;
  botInfo?: UserFromGetMe;
  /** Called when the bot cannot go on (polling died); main stops the app and exits non-zero. */
  onFatal?: (err: unknown) => void;
  /** Jobs run at start and through `app.jobs.run(name)` only, never on a timer. For tests. */
  manualJobs?: boolean;
}

/** How long an update id is remembered; Telegram redelivers within minutes. */
const UPDATE_DEDUPE_MS = 15 * 60_000;

/** Wires the whole bot from a parsed config: store, services, bot, transport. */
export async function createApp(
  config: Config,
  { clock, logger, botInfo, onFatal, manualJobs }: AppOptions,
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
  const jobs = new JobRunner({ leases, logger, manual: manualJobs ?? false });
  const reminders = new ReminderEngine({
    units,
    outbox,
    log: reminderLog,
    schedule: reminderSchedule,
    clock,
    compose: composeReminder({ i18n, pack, prefs: chatPrefs }),
    logger: logger.child({ module: 'reminders' }),
  });
  const periodic = botJobs({
    logger,
    reminderTick: config.reminderTick,
    timezone: config.timezone,
    reminders,
    sender,
    outbox,
    staff,
    shared,
  });
  for (const job of periodic) jobs.add(job);

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

  return {
    deps,
    bot,
    sender,
    jobs,
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
      staff.useApi(bot.telegram);
      // One reminder pass now (what came due while the bot was down), then the schedules.
      await jobs.start();
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
      await jobs.stop();
      await sender.stop();
      await sync.feed.close();
      await leases.close();
      await store.close();
      logger.info('stopped');
    },
  };
}
