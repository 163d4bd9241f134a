import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, freePort } from '../src/local/emulator.js';
import { PROJECT_ROOT } from '../src/paths.js';

/**
 * webhook_updates_per_s: one bot replica in webhook mode answering members' questions, driven by
 * 32 keep-alive connections for a fixed time. http_baseline_per_s: a bare node:http server that
 * reads the same requests, parses them and answers a fixed sendMessage, under the same load.
 * Both servers run in their own process; the load comes from this one.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 32;
const SECRET = 'bench-secret';
const QUESTION = 'Đại hội chi bộ gồm những nội dung gì?';

const BASELINE = `
const http = require('node:http');
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const update = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: 'sendMessage', chat_id: update.message.chat.id, text: 'ok' }));
  });
}).listen(Number(process.argv[1]), '127.0.0.1', () => process.send && process.send('ready'));
`;

function update(id: number) {
  const chatId = 10_000 + (id % 500);
  return JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'B' },
      from: { id: chatId, is_bot: false, first_name: 'B', language_code: 'vi' },
      text: QUESTION,
    },
  });
}

/** Sends updates over CONNECTIONS keep-alive connections for SECONDS; returns answered requests per second. */
async function load(url: string, firstId: number): Promise<{ perSecond: number; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(url);
  let nextId = firstId;
  let done = 0;
  let failures = 0;
  const end = Date.now() + SECONDS * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const body = update(nextId++);
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': SECRET,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) done++;
            else failures++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  agent.destroy();
  return { perSecond: done / ((Date.now() - started) / 1000), failures };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const emulator = await Emulator.start();
const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-webhook-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}/hook`;
const bot = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/main.js')], {
  env: {
    ...process.env,
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    STORE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
    WEBHOOK_URL: url,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  },
  stdio: 'ignore',
});
while (!emulator.webhook) await new Promise((r) => setTimeout(r, 20));
await load(url, 1); // warm-up
const before = emulator.callsOf('sendMessage').length;
const botRun = await load(url, 1_000_000);
const apiCalls = emulator.callsOf('sendMessage').length - before;
await stop(bot);

const basePort = await freePort();
const baseline = spawn(process.execPath, ['-e', BASELINE, String(basePort)], {
  stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
});
await new Promise((r) => baseline.once('message', r));
await load(`http://127.0.0.1:${basePort}/hook`, 1); // warm-up
const baseRun = await load(`http://127.0.0.1:${basePort}/hook`, 1_000_000);
await stop(baseline);

process.stdout.write(`bench webhook_updates_per_s ${Math.round(botRun.perSecond)}\n`);
process.stdout.write(`bench http_baseline_per_s ${Math.round(baseRun.perSecond)}\n`);
process.stdout.write(`bench webhook_ratio ${(botRun.perSecond / baseRun.perSecond).toFixed(2)}\n`);
process.stdout.write(
  `bench webhook_api_calls_per_update ${(apiCalls / Math.max(1, botRun.perSecond * SECONDS)).toFixed(2)}\n`,
);
if (botRun.failures + baseRun.failures > 0) {
  process.stderr.write(
    `webhook bench: ${botRun.failures} bot and ${baseRun.failures} baseline requests failed\n`,
  );
}
await emulator.stop();
rmSync(dir, { recursive: true, force: true });
