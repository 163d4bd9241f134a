import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { systemClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { Emulator, freePort } from '../../src/local/emulator.js';
import { createLogger } from '../../src/logger.js';
import { initData } from './fixture.js';

/** The real app's transport: who serves the dashboard in polling and in webhook mode. */
describe('serving the dashboard', () => {
  let emulator: Emulator | undefined;
  let app: App | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.stop('test done');
    await emulator?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    app = emulator = dir = undefined;
  });

  const boot = async (env: Record<string, string>) => {
    emulator = await Emulator.start();
    dir = mkdtempSync(join(tmpdir(), 'daihoi-serving-'));
    const config = parseConfig({
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      ADMIN_IDS: '42',
      LOG_LEVEL: 'silent',
      ...env,
    });
    app = await createApp(config, {
      clock: systemClock,
      logger: createLogger({ level: 'silent', token: config.token }),
    });
    await app.start();
  };
  const get = (port: number, path: string, auth?: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, auth ? { headers: { authorization: auth } } : {});

  it('starts a server on PORT in polling mode when DASHBOARD_URL is set', async () => {
    const port = await freePort();
    await boot({ PORT: String(port), DASHBOARD_URL: `http://127.0.0.1:${port}/board/` });
    expect((await get(port, '/board/')).status).toBe(200);
    expect((await get(port, '/healthz')).status).toBe(200);
    expect((await get(port, '/board/api/me')).status).toBe(401);
    const me = await get(port, '/board/api/me', `tma ${initData(42, { token: emulator?.token })}`);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { org: string }).org).toBe('root');
  });

  it('serves it beside the webhook in webhook mode', async () => {
    const port = await freePort();
    await boot({
      PORT: String(port),
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: 'sekret',
      DASHBOARD_URL: 'https://bot.example.org/dashboard/',
    });
    expect((await get(port, '/dashboard/')).status).toBe(200);
    expect((await get(port, '/dashboard/api/overview')).status).toBe(401);
    // The webhook is still there and still wants its secret.
    expect((await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('keeps the webhook when the dashboard is mounted at the root of the domain', async () => {
    const port = await freePort();
    await boot({
      PORT: String(port),
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: 'sekret',
      DASHBOARD_URL: 'https://bot.example.org/',
    });
    expect((await get(port, '/')).status).toBe(200);
    expect((await get(port, '/api/me')).status).toBe(401);
    const update = await fetch(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': 'sekret', 'content-type': 'application/json' },
      body: JSON.stringify({ update_id: 1 }),
    });
    expect(update.status).toBe(200);
  });
});
