import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import type { PassReport, ReminderEngine } from './engine.js';

/**
 * Runs reminder passes: one at start-up, then on every tick of REMINDER_TICK in TIMEZONE. Ticks
 * only wake the planner; a tick node-cron drops (event loop blocked, process down) is made up by
 * the next pass, because the planner looks at every moment that has come, not at the tick's time.
 */
export class ReminderScheduler {
  #task: ScheduledTask | undefined;
  #running: Promise<PassReport | undefined> | undefined;
  #stopped = false;

  constructor(
    readonly engine: ReminderEngine,
    readonly opts: { tick: string; timezone: string; logger: Logger },
  ) {}

  async start(): Promise<void> {
    await this.runPass();
    if (this.#stopped) return;
    this.#task = cron.schedule(this.opts.tick, () => this.runPass(), {
      name: 'reminders',
      timezone: this.opts.timezone,
      noOverlap: true,
    });
  }

  /** One pass now, unless one is running (then its result). Errors are logged, never thrown. */
  runPass(): Promise<PassReport | undefined> {
    if (this.#running !== undefined) return this.#running;
    this.#running = this.engine
      .pass()
      .catch((err: unknown) => {
        this.opts.logger.error({ err }, 'reminder pass failed');
        return undefined;
      })
      .finally(() => {
        this.#running = undefined;
      });
    return this.#running;
  }

  /** Stops ticking and waits for a pass in flight to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#task?.destroy();
    this.#task = undefined;
    await this.#running;
  }
}
