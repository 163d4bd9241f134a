import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const ok = { BOT_TOKEN: '123456:ABC-def_1' };
const errorOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration from the environment', () => {
  it('applies the documented defaults', () => {
    const c = parseConfig(ok);
    expect(c).toMatchObject({
      apiRoot: 'https://api.telegram.org',
      storeUrl: 'sqlite://data/bot.sqlite',
      adminIds: [],
      timezone: 'Asia/Ho_Chi_Minh',
      reminderTick: '* * * * *',
      logLevel: 'info',
      webhook: undefined,
      clockStart: undefined,
    });
    expect(c.campaign).toMatch(/config\/dh-2025-2030\.yaml$/);
  });

  it('names BOT_TOKEN when it is missing or malformed', () => {
    expect(errorOf({})).toMatch(/^BOT_TOKEN: required/);
    expect(errorOf({ BOT_TOKEN: 'not-a-token' })).toMatch(/^BOT_TOKEN: expected a BotFather token/);
  });

  it('reads ADMIN_IDS as numbers and refuses usernames', () => {
    expect(parseConfig({ ...ok, ADMIN_IDS: ' 12, 34 ' }).adminIds).toEqual([12, 34]);
    expect(errorOf({ ...ok, ADMIN_IDS: '@staff' })).toMatch(/^ADMIN_IDS: expected comma-separated numeric/);
  });

  it('requires WEBHOOK_SECRET only in webhook mode', () => {
    expect(errorOf({ ...ok, WEBHOOK_URL: 'https://bot.example.org/hook' })).toMatch(
      /^WEBHOOK_SECRET: required when WEBHOOK_URL/,
    );
    const c = parseConfig({ ...ok, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 's3cret' });
    expect(c.webhook).toEqual({ url: 'https://bot.example.org/hook', secret: 's3cret' });
  });

  it('names every bad variable, one line each', () => {
    const lines = errorOf({
      ...ok,
      TIMEZONE: 'Mars/Olympus',
      REMINDER_TICK: 'often',
      BOT_CLOCK: 'tomorrow',
      STORE_URL: 'mysql://x',
      PORT: '99999',
    }).split('\n');
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual([
      'BOT_CLOCK',
      'PORT',
      'REMINDER_TICK',
      'STORE_URL',
      'TIMEZONE',
    ]);
  });

  it('reads BOT_CLOCK as an instant', () => {
    expect(parseConfig({ ...ok, BOT_CLOCK: '2025-03-24T07:59:00+07:00' }).clockStart?.toISOString()).toBe(
      '2025-03-24T00:59:00.000Z',
    );
  });
});
