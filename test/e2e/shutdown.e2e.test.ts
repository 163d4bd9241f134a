import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Emulator, freePort } from '../../src/local/emulator.js';
import { BotProcess } from '../support/bot-process.js';

/** The README's promise: the process is gone within 10 s of SIGTERM. */
const PROMISED_MS = 10_000;

/** Polls for the child's exit; resolves with its code and how long it took, or fails at the deadline. */
async function exitWithin(bot: BotProcess, ms: number): Promise<{ code: number | null; tookMs: number }> {
  const child = bot.child;
  if (!child) throw new Error('bot not running');
  const started = Date.now();
  child.kill('SIGTERM');
  while (child.exitCode === null && child.signalCode === null) {
    if (Date.now() - started > ms) {
      child.kill('SIGKILL');
      throw new Error(`still running ${ms} ms after SIGTERM:\n${bot.output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { code: child.exitCode, tookMs: Date.now() - started };
}

describe('shutdown in webhook mode', () => {
  let emulator: Emulator | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await emulator?.stop();
  });

  async function start() {
    emulator = await Emulator.start();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/tg/hook`;
    const bot = new BotProcess(emulator, {
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: 'hook-secret_1',
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    await bot.start();
    return { bot, port };
  }

  /** A client that never finishes its headers (no secret needed), connected until the test ends. */
  async function slowClient(port: number): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    socket.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    socket.write('POST /tg/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    return socket;
  }

  it('exits 0 within 10 s of SIGTERM while a slow client holds a connection open', async () => {
    const { bot, port } = await start();
    const slow = await slowClient(port);
    // One byte more of its header every 200 ms, so the connection is never idle.
    const drip = setInterval(() => slow.write('a'), 200);
    try {
      const { code } = await exitWithin(bot, PROMISED_MS);
      expect(code).toBe(0);
      expect(bot.output).toContain('"msg":"stopped"');
    } finally {
      clearInterval(drip);
    }
  });

  it('exits 0 within 10 s of SIGTERM with several idle keep-alive clients and one slow one', async () => {
    const { bot, port } = await start();
    for (let i = 0; i < 5; i++) {
      const idle = connect(port, '127.0.0.1');
      sockets.push(idle);
      idle.on('error', () => undefined);
      await new Promise<void>((r) => idle.once('connect', () => r()));
      idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    }
    await slowClient(port);
    const { code } = await exitWithin(bot, PROMISED_MS);
    expect(code).toBe(0);
  });
});
