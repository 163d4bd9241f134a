import { existsSync } from 'node:fs';
import { clockStartingAt, systemClock } from './clock.js';
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';

/** The README promises an exit within 10 s of SIGTERM. */
const STOP_DEADLINE_MS = 9_500;

async function main(): Promise<void> {
  // A local .env is read when present; the real environment wins.
  if (existsSync('.env')) process.loadEnvFile('.env');

  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.message.split('\n'))
        process.stderr.write(`daihoi-bot: invalid config: ${line}\n`);
      process.exit(2);
    }
    throw err;
  }

  const logger = createLogger({ level: config.logLevel, token: config.token });
  let clock = systemClock;
  if (config.clockStart) {
    clock = clockStartingAt(config.clockStart);
    logger.warn(
      { BOT_CLOCK: config.clockStart.toISOString() },
      'BOT_CLOCK is set: the bot runs on a rehearsal clock, not the real date',
    );
  }

  let stopping = false;
  const shutdown = (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    // The stop steps have their own graces; this is the backstop for the promised 10 s.
    setTimeout(() => {
      logger.error('shutdown did not finish within 10 s; exiting anyway');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    app.stop(signal).then(
      () => process.exit(code),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // The app's module graph (telegraf, the store drivers, the features…) loads once the config is
  // known to be valid: a config error is reported without loading it.
  const { createApp } = await import('./app.js');
  const app = await createApp(config, { clock, logger, onFatal: () => shutdown('fatal error', 1) });
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await app.start();
}

main().catch((err: unknown) => {
  process.stderr.write(`daihoi-bot: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
