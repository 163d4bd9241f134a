import type { Server } from 'node:http';
import type { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { AppDeps, BotContext } from './bot/context.js';
import { composeReminder } from './bot/features/reminders.js';
import { createBot, registerMenu } from './bot/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { dashboardHttp, mountOf } from './dashboard/http.js';
import { compactOutbox } from './delivery/retention.js';
import { Sender } from './delivery/sender.js';
import { botJobs } from './jobs/bot-jobs.js';
import { JobRunner } from './jobs/runner.js';
import type { Pack } from './knowledge/pack.js';
import type { Logger } from './logger.js';
import { ReminderEngine } from './reminders/index.js';
import { openServices } from './services.js';
import { openTransport } from './transport/index.js';
import { gateUpdates } from './transport/updates.js';

export interface App {
  deps: AppDeps;
  bot: Telegraf<BotContext>;
  /** Drains the outbox at Telegram's pace; `sender.idle()` resolves when nothing is left to send. */
  sender: Sender;
  /** The periodic work (reminders, sender, staff, feed-sync); `jobs.run(name)` resolves when that run finished. */
  jobs: JobRunner;
  /** Starts taking updates (polling, or the webhook server) and the background jobs. */
  start(): Promise<void>;
  /** Stops taking updates, lets in-flight ones finish, stops jobs, drains, closes the store. */
  stop(reason?: string): Promise<void>;
  /** The HTTP server, once started: webhook mode, or polling with the dashboard. */
  server(): Server | undefined;
}

export interface AppOptions {
  clock: Clock;
  logger: Logger;
  botInfo?: UserFromGetMe;
  /** Called when the bot cannot go on (polling died); main stops the app and exits non-zero. */
  onFatal?: (err: unknown) => void;
  /** Jobs run at start and through `app.jobs.run(name)` only, never on a timer. For tests. */
  manualJobs?: boolean;
  /** The campaign pack, already loaded from `config.campaign` (the tests share one; it is read-only). */
  pack?: Pack;
}

/**
 * Shutdown budget (the README promises an exit within 10 s): open webhook connections get
 * CONNECTION_GRACE_MS before they are destroyed, updates still in hand UPDATE_GRACE_MS more.
 */
const CONNECTION_GRACE_MS = 3_000;
const UPDATE_GRACE_MS = 3_000;

/** Wires the whole bot from a parsed config: services, bot, jobs, transport. */
export async function createApp(config: Config, opts: AppOptions): Promise<App> {
  const { clock, logger, botInfo } = opts;
  const { deps, leases, shared, close } = await openServices(config, clock, logger, opts.pack);
  const { outbox, staff } = deps;
  const bot = createBot(deps, botInfo ? { botInfo } : {});
  const updates = gateUpdates(bot, leases, logger);
  const sender = new Sender({
    outbox,
    api: bot.telegram,
    clock,
    logger: logger.child({ module: 'delivery' }),
    ratePerSecond: config.deliveryRate,
    events: deps.delivery.events,
  });
  const reminders = new ReminderEngine({
    units: deps.units,
    outbox,
    log: deps.reminders.log,
    schedule: deps.reminders.schedule,
    clock,
    compose: composeReminder(deps),
    logger: logger.child({ module: 'reminders' }),
  });
  const jobs = new JobRunner({ leases, logger, manual: opts.manualJobs ?? false });
  const { reminderTick, timezone } = config;
  const retention = async () => {
    const report = await compactOutbox(deps.store, outbox, clock.now().getTime());
    if (report.compacted > 0) logger.info(report, 'outbox: old sent items compacted into batch summaries');
  };
  const jobOptions = { logger, reminderTick, timezone, reminders, sender, outbox, staff, shared, retention };
  for (const job of botJobs(jobOptions)) jobs.add(job);
  // The board's Mini App, when DASHBOARD_URL is set: served by the same HTTP server as the webhook.
  const dashboard = config.dashboard ? dashboardHttp(deps, mountOf(config.dashboard.url)) : undefined;
  const transport = openTransport({
    config,
    bot,
    logger,
    knowsBot: botInfo !== undefined,
    health: async () => {
      await deps.store.collection('meta').get('health');
      return true;
    },
    onFatal: opts.onFatal,
    routes: dashboard?.handle,
  });

  let stopped = false;
  return {
    deps,
    bot,
    sender,
    jobs,
    server: () => transport.server(),
    async start() {
      // 1. Updates.  2. Jobs: a reminder pass now (what came due while down), then the schedules.
      // 3. The command menu.
      await transport.start();
      staff.useApi(bot.telegram);
      await jobs.start();
      await registerMenu(bot, deps);
    },
    async stop(reason = 'stop') {
      if (stopped) return;
      stopped = true;
      logger.info({ reason }, 'shutting down');
      // 1. No new updates.  2. Those in hand finish.  3. Jobs stop (their runs finish), then the
      // sender drains what is in flight: handlers may have enqueued something.  4. The store.
      await transport.stop(reason, CONNECTION_GRACE_MS);
      await updates.drained(UPDATE_GRACE_MS);
      await jobs.stop();
      await sender.stop();
      await close();
      logger.info('stopped');
    },
  };
}
