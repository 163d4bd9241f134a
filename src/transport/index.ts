import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Telegraf } from 'telegraf';
import type { BotContext } from '../bot/context.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startHttpServer, startWebhookServer, type WebhookServer } from './webhook.js';

/** How updates reach the bot: long polling, or Telegram calling our webhook. */
export interface Transport {
  start(): Promise<void>;
  /** Stops taking updates; a webhook's open connections get `graceMs`, then are destroyed. */
  stop(reason: string, graceMs: number): Promise<void>;
  server(): Server | undefined;
}

export interface TransportOptions {
  config: Config;
  bot: Telegraf<BotContext>;
  logger: Logger;
  /** The bot's identity is preset (tests): no getMe. */
  knowsBot: boolean;
  /** GET /healthz: the store answers. */
  health(): Promise<boolean>;
  /** Polling died: the bot cannot go on. */
  onFatal?: ((err: unknown) => void) | undefined;
  /** The dashboard's routes (DASHBOARD_URL set): served by the webhook's server, or in polling mode by one of their own. */
  routes?: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | undefined;
}

export function openTransport(o: TransportOptions): Transport {
  return o.config.webhook ? webhook(o, o.config.webhook) : polling(o);
}

function webhook(o: TransportOptions, { url, secret }: { url: string; secret: string }): Transport {
  let hook: WebhookServer | undefined;
  const path = new URL(url).pathname;
  return {
    async start() {
      hook = await startWebhookServer({
        path,
        secret,
        port: o.config.port,
        logger: o.logger,
        // The response goes along: a reply may ride in it (see bot/webhook-reply.ts).
        handleUpdate: (update, res) => o.bot.handleUpdate(update, res),
        health: o.health,
        ...(o.routes ? { routes: o.routes } : {}),
      });
      if (!o.knowsBot) o.bot.botInfo = await o.bot.telegram.getMe();
      await o.bot.telegram.setWebhook(url, { secret_token: secret });
      o.logger.info({ port: o.config.port, path }, 'webhook server listening');
    },
    async stop(_reason, graceMs) {
      await hook?.close(graceMs);
    },
    server: () => hook?.server,
  };
}

function polling(o: TransportOptions): Transport {
  let loop: Promise<void> | undefined;
  let stopping = false;
  let http: WebhookServer | undefined;
  return {
    async start() {
      if (o.routes) {
        http = await startHttpServer({
          port: o.config.port,
          logger: o.logger,
          health: o.health,
          routes: o.routes,
        });
        o.logger.info({ port: o.config.port }, 'dashboard server listening');
      }
      loop = o.bot
        .launch({ dropPendingUpdates: false }, () => o.logger.info('polling for updates'))
        .catch((err: unknown) => {
          if (stopping) return;
          o.logger.fatal({ err }, 'polling stopped with an error');
          o.onFatal?.(err);
        });
    },
    async stop(reason, graceMs) {
      stopping = true;
      const closed = http?.close(graceMs);
      if (loop === undefined) {
        await closed;
        return;
      }
      try {
        o.bot.stop(reason);
      } catch {
        // launch had not reached polling yet (still at getMe): nothing to stop
      }
      // telegraf's loop ends once the batch in hand is handled; a hung handler gets graceMs.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loop, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
      await closed;
    },
    server: () => http?.server,
  };
}
