import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const env = (DASHBOARD_URL?: string) => ({
  BOT_TOKEN: '123456:ABC-def',
  ...(DASHBOARD_URL === undefined ? {} : { DASHBOARD_URL }),
});

describe('DASHBOARD_URL', () => {
  it('is off when unset or empty', () => {
    expect(parseConfig(env()).dashboard).toBeUndefined();
    expect(parseConfig(env('')).dashboard).toBeUndefined();
  });

  it('takes a public https URL, and plain http only on this machine', () => {
    expect(parseConfig(env('https://bot.example.org/dashboard/')).dashboard).toEqual({
      url: 'https://bot.example.org/dashboard/',
    });
    expect(parseConfig(env('http://127.0.0.1:8080/dashboard/')).dashboard?.url).toBe(
      'http://127.0.0.1:8080/dashboard/',
    );
  });

  it.each(['http://bot.example.org/dashboard/', 'ftp://bot.example.org/', 'not a url'])(
    'stops the bot on %s, naming the variable',
    (url) => {
      expect(() => parseConfig(env(url))).toThrow(ConfigError);
      expect(() => parseConfig(env(url))).toThrow(/^DASHBOARD_URL: expected/);
    },
  );
});
