import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../src/local/emulator.js';
import { PROJECT_ROOT } from '../src/paths.js';

/**
 * startup_ms: from spawning `node dist/src/main.js` to its first getUpdates at the emulator.
 * startup_cpu_ms: the CPU time (user + system) the bot process spent up to that first getUpdates, read
 * from /proc (Linux): less sensitive to the machine's load than the wall time.
 * rss_mb: the bot's resident memory once it polls (read from /proc, Linux).
 * start_reply_ms: from a user's /start to the bot's answer, right after start-up (polling).
 */
const RUNS = 5;

const emulator = await Emulator.start();
const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-'));
const times: number[] = [];
const cpu: number[] = [];
/** utime + stime of a process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms). */
const cpuMs = (pid: number | undefined): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const replies: number[] = [];
let rss = 0;
for (let i = 0; i < RUNS; i++) {
  const before = emulator.calls.length;
  const started = performance.now();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/main.js')], {
    env: {
      ...process.env,
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: `sqlite://${join(dir, `bench-${i}.sqlite`)}`,
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  while (!emulator.calls.slice(before).some((c) => c.method === 'getUpdates')) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 1));
  }
  times.push(performance.now() - started);
  cpu.push(cpuMs(child.pid));
  // The first /start answered: what a user who writes just as the bot comes up waits.
  const chat = emulator.chat();
  const asked = performance.now();
  await chat.send('/start');
  await chat.reply(10_000);
  replies.push(performance.now() - asked);
  await new Promise((r) => setTimeout(r, 500));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
times.sort((a, b) => a - b);
process.stdout.write(`bench startup_ms ${Math.round(times[Math.floor(RUNS / 2)] ?? 0)} ms\n`);
cpu.sort((a, b) => a - b);
process.stdout.write(`bench startup_cpu_ms ${Math.round(cpu[Math.floor(RUNS / 2)] ?? 0)} ms\n`);
process.stdout.write(`bench rss_mb ${rss.toFixed(1)} MB\n`);
replies.sort((a, b) => a - b);
process.stdout.write(`bench start_reply_ms ${Math.round(replies[Math.floor(RUNS / 2)] ?? 0)} ms\n`);
await emulator.stop();
rmSync(dir, { recursive: true, force: true });
