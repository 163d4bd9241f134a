import { join } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';
import { CONFIG_DIR } from './paths.js';

/** The campaign pack shipped with the bot, used when CAMPAIGN is not set. */
export const DEFAULT_CAMPAIGN = join(CONFIG_DIR, 'dh-2025-2030.yaml');

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const base = z.object({
  BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string({ error: 'required: the token from BotFather, like 123456:ABC-DEF' })
      .regex(/^\d+:[\w-]+$/, 'expected a BotFather token like 123456:ABC-DEF'),
  ),
  TELEGRAM_API_ROOT: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .default('https://api.telegram.org')
      .transform((u) => u.replace(/\/+$/, '')),
  ),
  STORE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^(sqlite:\/\/.+|postgres(ql)?:\/\/.+|rediss?:\/\/.+)$/,
        'expected sqlite://PATH, postgres://… or redis://…',
      )
      .default('sqlite://data/bot.sqlite'),
  ),
  ADMIN_IDS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^\s*\d+(\s*,\s*\d+)*\s*$/,
        'expected comma-separated numeric Telegram user ids, like 12345,67890',
      )
      .transform((s) => s.split(',').map((x) => Number(x.trim())))
      .default([]),
  ),
  ROOT_ORG_NAME: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(120, 'expected the name of the top committee, at most 120 characters').optional(),
  ),
  TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone, like Asia/Ho_Chi_Minh')
      .default('Asia/Ho_Chi_Minh'),
  ),
  CAMPAIGN: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_CAMPAIGN)),
  REMINDER_TICK: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((s) => validateCron(s), 'expected a cron expression, like "* * * * *"')
      .default('* * * * *'),
  ),
  BOT_CLOCK: z.preprocess(
    emptyAsUndefined,
    z.iso
      .datetime({ offset: true, error: 'expected an ISO instant, like 2025-03-24T07:59:00+07:00' })
      .transform((s) => new Date(s))
      .optional(),
  ),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
  // Telegram opens Web Apps over HTTPS only; plain http is for this machine (npm run local, tests).
  DASHBOARD_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: 'expected the public https URL of the dashboard, like https://bot.example.org/dashboard/',
      })
      .refine(
        (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u),
        'expected an https URL (plain http only for 127.0.0.1 or localhost)',
      )
      .optional(),
  ),
  DELIVERY_RATE: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: 'expected messages per second, like 25' })
      .positive('expected messages per second above 0, like 25')
      .max(1000, 'expected at most 1000 messages per second')
      .default(25),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  BROADCAST_CONFIRM_ABOVE: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: 'expected a whole number of units, like 100' })
      .int('expected a whole number of units, like 100')
      .min(0, 'expected 0 or more')
      .default(100),
  ),
});

// Webhook fields are required only in webhook mode: a discriminated union on WEBHOOK_URL.
const polling = z.object({
  WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.undefined()),
  WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
});
const webhook = z.object({
  WEBHOOK_URL: z.url({
    protocol: /^https?$/,
    error: 'expected the public https URL Telegram posts updates to',
  }),
  WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string({ error: 'required when WEBHOOK_URL is set: 1-256 characters A-Z a-z 0-9 _ -' })
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'expected 1-256 characters A-Z a-z 0-9 _ -'),
  ),
});

const pollingEnv = base.extend(polling.shape);
const webhookEnv = base.extend(webhook.shape);
export type Env = z.infer<typeof pollingEnv> | z.infer<typeof webhookEnv>;

/** Webhook mode when WEBHOOK_URL is set; its schema then requires the secret. */
export const envSchemaFor = (env: Record<string, string | undefined>) =>
  emptyAsUndefined(env.WEBHOOK_URL) === undefined ? pollingEnv : webhookEnv;

export class ConfigError extends Error {}

/** STORE_URL alone (default included), for the store tools: store:check, backup, restore. */
export function parseStoreUrl(env: Record<string, string | undefined>): string {
  const result = base.pick({ STORE_URL: true }).safeParse(env);
  if (!result.success) throw new ConfigError(`STORE_URL: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data.STORE_URL;
}

/** The parsed environment in the bot's own names; the Config type is inferred from it and the schema. */
const toConfig = (e: Env) => ({
  token: e.BOT_TOKEN,
  apiRoot: e.TELEGRAM_API_ROOT,
  storeUrl: e.STORE_URL,
  adminIds: e.ADMIN_IDS,
  /** The root organisation's name (the deployment's top committee); unset: a generic name from the locales. */
  rootOrgName: e.ROOT_ORG_NAME,
  timezone: e.TIMEZONE,
  campaign: e.CAMPAIGN,
  reminderTick: e.REMINDER_TICK,
  clockStart: e.BOT_CLOCK,
  logLevel: e.LOG_LEVEL,
  port: e.PORT,
  /** Bulk messages per second, bot-wide (Telegram allows about 30). */
  deliveryRate: e.DELIVERY_RATE,
  webhook:
    e.WEBHOOK_URL !== undefined && e.WEBHOOK_SECRET !== undefined
      ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET }
      : undefined,
  /** A broadcast to more units than this asks for a second confirmation. */
  broadcastConfirmAbove: e.BROADCAST_CONFIRM_ABOVE,
  /** The board's Mini App: the URL its button opens; the HTTP server on `port` serves it at `url`'s path. */
  dashboard: e.DASHBOARD_URL === undefined ? undefined : { url: e.DASHBOARD_URL },
});

export type Config = ReturnType<typeof toConfig>;

/** Parses the environment once. A bad value throws a ConfigError whose message names each variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchemaFor(env).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new ConfigError([...new Set(lines)].join('\n'));
  }
  return toConfig(result.data);
}
