import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, freePort } from '../src/local/emulator.js';
import { PROJECT_ROOT } from '../src/paths.js';

/**
 * shutdown_ms: from SIGTERM to the exit of a bot in webhook mode with no client connected.
 * shutdown_slow_client_ms: the same with a client holding a connection open mid-headers (one
 * byte every 200 ms): the connection grace, then the rest of the stop. The README promises 10 s.
 */
const emulator = await Emulator.start();
const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-'));

async function shutdownMs(i: number, slow: boolean): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/tg/hook`;
  const before = emulator.calls.length;
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/main.js')], {
    env: {
      ...process.env,
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: `sqlite://${join(dir, `bench-${i}.sqlite`)}`,
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: 'bench-secret_1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  while (!emulator.calls.slice(before).some((c) => c.method === 'setWebhook' && c.params.url === url)) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const socket = slow ? connect(port, '127.0.0.1') : undefined;
  socket?.on('error', () => undefined);
  if (socket) await new Promise((r) => socket.once('connect', r));
  socket?.write('POST /tg/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
  const drip = setInterval(() => socket?.write('a'), 200);
  const exited = new Promise((r) => child.once('exit', r));
  const started = performance.now();
  child.kill('SIGTERM');
  await exited;
  const took = performance.now() - started;
  clearInterval(drip);
  socket?.destroy();
  return took;
}

const RUNS = 3;
const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0);
const idle: number[] = [];
const slow: number[] = [];
for (let i = 0; i < RUNS; i++) {
  idle.push(await shutdownMs(i * 2, false));
  slow.push(await shutdownMs(i * 2 + 1, true));
}
process.stdout.write(`bench shutdown_ms ${median(idle)} ms\n`);
process.stdout.write(`bench shutdown_slow_client_ms ${median(slow)} ms\n`);
await emulator.stop();
rmSync(dir, { recursive: true, force: true });
