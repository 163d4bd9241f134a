import cron, { type ScheduledTask, type TaskOptions } from 'node-cron';
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
    readonly opts: {
      tick: string;
      timezone: string;
      logger: Logger;
      /**
       * Replicas on a shared store: node-cron options that let one replica run each tick, a
       * claim for the start-up pass, and the sync that brings the others' writes in first.
       */
      shared?: {
        cron: Pick<TaskOptions, 'name' | 'distributed' | 'runCoordinator' | 'distributedLease' | 'logger'>;
        claimStartup: () => Promise<boolean>;
        beforePass: () => Promise<void>;
      };
    },
  ) {}

  async start(): Promise<void> {
    const shared = this.opts.shared;
    if (!shared || (await shared.claimStartup())) await this.runPass();
    if (this.#stopped) return;
    this.#task = cron.schedule(this.opts.tick, () => this.runPass(), {
      name: 'reminders',
      ...shared?.cron,
      timezone: this.opts.timezone,
      noOverlap: true,
    });
  }

  /** One pass now, unless one is running (then its result). Errors are logged, never thrown. */
  runPass(): Promise<PassReport | undefined> {
    if (this.#running !== undefined) return this.#running;
    const before = this.opts.shared?.beforePass() ?? Promise.resolve();
    this.#running = before
      .then(() => this.engine.pass())
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
