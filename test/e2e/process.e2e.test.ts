import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator, freePort } from '../../src/local/emulator.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { BotProcess } from '../support/bot-process.js';

const MAIN = join(PROJECT_ROOT, 'dist/src/main.js');
const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BOT_|TELEGRAM_|WEBHOOK_|STORE_URL|ADMIN_IDS|CAMPAIGN)/.test(k),
    ),
  );

describe('the bot process', () => {
  it('exits non-zero at once with a line naming BOT_TOKEN when it is missing', () => {
    const run = spawnSync(process.execPath, [MAIN], { env: cleanEnv(), encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'daihoi-bot: invalid config: BOT_TOKEN: required: the token from BotFather, like 123456:ABC-DEF',
    );
  });

  it('names the campaign file when the pack cannot be read', () => {
    const run = spawnSync(process.execPath, [MAIN], {
      env: {
        ...cleanEnv(),
        BOT_TOKEN: '1:abc',
        CAMPAIGN: '/nonexistent/pack.yaml',
        STORE_URL: 'sqlite://:memory:',
      },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/nonexistent/pack.yaml: cannot read the campaign pack: ENOENT');
  });

  it('never writes the token to its log, even in the URL of a failed request', async () => {
    const token = '987654:SECRET-token-value';
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...cleanEnv(),
        BOT_TOKEN: token,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${await freePort()}`,
        STORE_URL: 'sqlite://:memory:',
        LOG_LEVEL: 'debug',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(out).toContain('ECONNREFUSED');
    expect(out).not.toContain('SECRET-token-value');
  });

  it('stops cleanly on SIGTERM with exit code 0', async () => {
    const emulator = await Emulator.start();
    const bot = new BotProcess(emulator, { LOG_LEVEL: 'info' });
    await bot.start();
    const chat = emulator.chat();
    await chat.send('/start');
    await chat.reply();
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(bot.output).toContain('"msg":"stopped"');
    await emulator.stop();
  });
});

describe('webhook mode', () => {
  let emulator: Emulator;
  let bot: BotProcess;
  let url: string;
  beforeAll(async () => {
    emulator = await Emulator.start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/tg/hook`;
    bot = new BotProcess(emulator, { WEBHOOK_URL: url, WEBHOOK_SECRET: 'hook-secret_1', PORT: String(port) });
    await bot.start();
  });
  afterAll(async () => {
    await bot.stop();
    await emulator.stop();
  });

  const startUpdate = (chatId: number, updateId: number) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'W' },
      from: { id: chatId, is_bot: false, first_name: 'W' },
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  });

  it('registers the webhook with its secret', () => {
    expect(emulator.webhook).toEqual({ url, secret: 'hook-secret_1' });
  });

  it('refuses a request without the secret header and runs no handler', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(startUpdate(7001, 900001)),
    });
    expect(res.status).toBe(401);
    const wrong = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'guess' },
      body: JSON.stringify(startUpdate(7001, 900002)),
    });
    expect(wrong.status).toBe(401);
    // The same chat's next update, with the secret, is answered: had a refused one reached a
    // handler, its reply would be there too (the webhook answers once the handler is done).
    const chat = emulator.chat({ chatId: 7001, userId: 7001 });
    await chat.send('/start');
    await chat.reply();
    expect(emulator.messagesTo(7001)).toHaveLength(1);
  });

  it('handles an update that carries the secret', async () => {
    const chat = emulator.chat({ chatId: 7002, userId: 7002 });
    await chat.send('/start');
    expect((await chat.reply()).text).toContain('Chào đồng chí');
  });

  it("carries a question's answer in the webhook response, with no API call of its own", async () => {
    const chat = emulator.chat({ chatId: 7003, userId: 7003 });
    const before = emulator.calls.length;
    await chat.send('dai hoi chi bo gom nhung noi dung gi');
    const answer = await chat.reply();
    expect(answer.text).toContain('Nguồn:');
    const sends = emulator.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(sends).toHaveLength(1);
    expect(sends[0]?.inWebhookAnswer).toBe(true);
  });

  it('drops an update delivered twice (Telegram redelivers after a timeout)', async () => {
    const update = {
      update_id: 990001,
      message: {
        message_id: 990001,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 7004, type: 'private', first_name: 'W' },
        from: { id: 7004, is_bot: false, first_name: 'W' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    // Each POST is answered once its handler is done, so the replies are all in after the third
    // (another update of the same chat): one for the update delivered twice, one for the other.
    for (const body of [update, update, { ...update, update_id: 990002 }]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'hook-secret_1' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
    }
    expect(emulator.messagesTo(7004)).toHaveLength(2);
  });

  it('answers /healthz', async () => {
    const res = await fetch(new URL('/healthz', url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('npm run local', () => {
  // One scripted session as a staff member: staff commands print HTML tables, and the rest of
  // the conversation is what any user sees.
  let run: { status: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/local/terminal.js')], {
      env: { ...cleanEnv(), LOCAL_LANG: 'vi', LOCAL_USER_ID: '4242', ADMIN_IDS: '4242' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.end('/thongke\n/start\n/ngonngu\n2\n/quit\n');
    const status = await new Promise<number | null>((r) => child.once('exit', r));
    run = { status, stdout, stderr };
  }, 30_000);

  it('reads a scripted conversation from stdin and prints the replies, buttons pressed by number', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('bot> Chào đồng chí');
    expect(run.stdout).toMatch(/\[1\] Tiếng Việt\s+\[2\] English/);
    expect(run.stdout).toContain('bot> Replies are now in English.');
  });

  it('prints Telegram HTML without its tags (styled only on a terminal)', () => {
    expect(run.stdout).toContain('bot> Thống kê đơn vị đến ngày');
    expect(run.stdout).toContain('Loại ĐK HĐ Xong');
    expect(run.stdout).not.toMatch(/<\/?(b|pre)>/);
  });
});
