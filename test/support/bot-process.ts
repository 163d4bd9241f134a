import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../src/local/emulator.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const MAIN = join(PROJECT_ROOT, 'dist/src/main.js');

/**
 * The real bot as a child process (`node dist/src/main.js`, built by `npm run build`) against an
 * emulator in this process. Restartable on the same store, so tests can kill and start it again.
 */
export class BotProcess {
  child: ChildProcess | undefined;
  output = '';
  readonly storeUrl: string;

  constructor(
    readonly emulator: Emulator,
    readonly env: Record<string, string> = {},
  ) {
    this.storeUrl =
      env.STORE_URL ?? `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-e2e-')), 'bot.sqlite')}`;
  }

  /** Starts the bot and waits until it polls (or, in webhook mode, until setWebhook was called). */
  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    const before = this.emulator.calls.length;
    const env: Record<string, string | undefined> = {
      ...process.env,
      BOT_TOKEN: this.emulator.token,
      TELEGRAM_API_ROOT: this.emulator.apiRoot,
      STORE_URL: this.storeUrl,
      LOG_LEVEL: 'warn',
      ...this.env,
      ...extraEnv,
    };
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // The test process may end (a failed or timed-out test) without stopping it: no orphans.
    const orphan = () => child.kill('SIGKILL');
    process.once('exit', orphan);
    child.once('exit', () => process.off('exit', orphan));
    child.stdout?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    // Several replicas may share the emulator: in webhook mode wait for this one's own setWebhook.
    const hook = env.WEBHOOK_URL;
    const isReady = (c: { method: string; params: Record<string, unknown> }) =>
      hook ? c.method === 'setWebhook' && c.params.url === hook : c.method === 'getUpdates';
    const deadline = Date.now() + 15_000;
    while (!this.emulator.calls.slice(before).some(isReady)) {
      if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`bot did not start within 15 s:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** SIGTERM (clean) or SIGKILL (crash); resolves with the exit code once the process is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill(signal);
    const code = await exited;
    this.child = undefined;
    return code;
  }
}

/** An emulator and a bot process, for one test file. */
export async function startBot(
  env: Record<string, string> = {},
): Promise<{ emulator: Emulator; bot: BotProcess; stop(): Promise<void> }> {
  const emulator = await Emulator.start();
  const bot = new BotProcess(emulator, env);
  await bot.start();
  return {
    emulator,
    bot,
    async stop() {
      await bot.stop();
      await emulator.stop();
    },
  };
}
