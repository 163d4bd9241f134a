import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import type { Leases } from '../store/leases.js';

/** When a job fires: a cron expression (seconds allowed) in a time zone, or every so many ms. */
export type JobSchedule = { cron: string; timezone?: string } | { everyMs: number };

/**
 * Which replica runs a fire. On one process (SQLite leases) every mode runs every fire.
 * - `every`: each replica runs it (its own in-memory work, e.g. taking in the change feed).
 * - `perFire`: the first replica to claim that fire runs it; the claim lasts `leaseMs`, so a slow
 *   run is not started again elsewhere for the same fire.
 * - `sticky`: one replica leads for as long as it renews each fire; the others take over within
 *   `leaseMs` of its death. `onLead`/`onLose` are told when this replica starts or stops leading.
 */
export type JobLead =
  | { kind: 'every' }
  | { kind: 'perFire'; leaseMs: number }
  | { kind: 'sticky'; leaseMs: number; onLead?: () => Promise<void>; onLose?: () => Promise<void> };

export interface Job {
  name: string;
  schedule: JobSchedule;
  lead: JobLead;
  /** Also fire once when the runner starts (what came due while the bot was down). */
  atStart?: boolean;
  run(): Promise<void>;
}

interface JobState {
  job: Job;
  /** The run in flight; fires and manual runs queue behind it, never overlap it. */
  tail: Promise<unknown>;
  /** Runs in flight or queued. */
  pending: number;
  leading: boolean;
}

/**
 * Runs the bot's periodic work: each job's schedule, which replica leads it (through the shared
 * leases), and the work itself. Errors are logged with the job's name and never thrown; a fire
 * whose lease cannot be checked (store unreachable) is skipped, since the next fire catches up.
 * Tests drive it with `run(name)`, which returns once that run has finished.
 */
export class JobRunner {
  readonly #jobs = new Map<string, JobState>();
  readonly #tasks: ScheduledTask[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  #started = false;
  #stopped = false;

  constructor(
    readonly o: {
      leases: Leases;
      logger: Logger;
      /** No timers: jobs run only at start (`atStart`) and through `run`. For tests. */
      manual?: boolean;
    },
  ) {}

  add(job: Job): this {
    if (this.#jobs.has(job.name)) throw new Error(`job ${job.name} added twice`);
    this.#jobs.set(job.name, { job, tail: Promise.resolve(), pending: 0, leading: false });
    return this;
  }

  get names(): string[] {
    return [...this.#jobs.keys()];
  }

  /** Runs the `atStart` jobs once (awaited), then schedules every job. */
  async start(): Promise<void> {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    // Fire slots are claimed across replicas, so they name real instants, not the bot's clock.
    const minute = new Date().toISOString().slice(0, 16);
    for (const s of this.#jobs.values()) if (s.job.atStart) await this.#fire(s, `start:${minute}`, true);
    if (this.#stopped || this.o.manual) return;
    for (const s of this.#jobs.values()) this.#schedule(s);
  }

  /**
   * Runs `name` now, after any run of it in flight, and resolves when it has finished: true when
   * this replica ran it, false when another replica leads it (or claimed this fire) or the runner
   * has stopped. A `perFire` job is claimed as the fire `slot` (default: this instant).
   */
  async run(name: string, slot = new Date().toISOString()): Promise<boolean> {
    const s = this.#jobs.get(name);
    if (!s) throw new Error(`no job named ${name}`);
    return this.#fire(s, slot, true);
  }

  /** Stops scheduling, waits for runs in flight, hands back the leads this replica held. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    await Promise.all(this.#tasks.splice(0).map((t) => t.destroy()));
    await Promise.all([...this.#jobs.values()].map((s) => s.tail));
    for (const s of this.#jobs.values()) {
      if (s.job.lead.kind !== 'sticky' || !s.leading) continue;
      await this.#lose(s);
      await this.o.leases.release(leaderKey(s.job)).catch((err: unknown) => {
        this.o.logger.warn({ err, job: s.job.name }, 'job lead not released; it lapses by itself');
      });
    }
  }

  #schedule(s: JobState): void {
    const { schedule } = s.job;
    if ('cron' in schedule) {
      const task = cron.schedule(schedule.cron, (ctx) => this.#fire(s, ctx.date.toISOString(), false), {
        name: s.job.name,
        ...(schedule.timezone ? { timezone: schedule.timezone } : {}),
      });
      this.#tasks.push(task);
      return;
    }
    // The next fire is timed from the end of the last, so runs never pile up.
    const loop = () => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        void this.#fire(s, new Date().toISOString(), false).finally(() => {
          if (!this.#stopped) loop();
        });
      }, schedule.everyMs);
      this.#timers.add(timer);
    };
    loop();
  }

  /** One fire: skipped when a run is in flight (scheduled fires) or queued behind it (manual). */
  #fire(s: JobState, slot: string, queue: boolean): Promise<boolean> {
    if (this.#stopped) return Promise.resolve(false);
    if (s.pending > 0 && !queue) return Promise.resolve(false);
    s.pending++;
    const run = s.tail.then(() => this.#runOnce(s, slot)).finally(() => s.pending--);
    s.tail = run;
    return run;
  }

  async #runOnce(s: JobState, slot: string): Promise<boolean> {
    if (this.#stopped) return false;
    const log = this.o.logger.child({ job: s.job.name });
    try {
      if (!(await this.#leads(s, slot))) return false;
      await s.job.run();
      return true;
    } catch (err) {
      log.error({ err }, 'job failed');
      return true;
    }
  }

  /** Whether this replica runs this fire; fail-closed when the leases cannot be reached. */
  async #leads(s: JobState, slot: string): Promise<boolean> {
    const { lead } = s.job;
    const { leases } = this.o;
    if (lead.kind === 'every' || leases.kind === 'sqlite') return this.#gain(s);
    let ok: boolean;
    try {
      ok =
        lead.kind === 'perFire'
          ? await leases.claim(`job:${s.job.name}:${slot}`, lead.leaseMs)
          : await leases.hold(leaderKey(s.job), lead.leaseMs);
    } catch (err) {
      this.o.logger.warn({ err, job: s.job.name }, 'job lease not checked; fire skipped');
      ok = false;
    }
    if (ok) return this.#gain(s);
    if (s.leading) await this.#lose(s);
    return false;
  }

  async #gain(s: JobState): Promise<boolean> {
    if (s.leading) return true;
    // Leading counts once onLead has succeeded; when it fails, the next fire tries again.
    if (s.job.lead.kind === 'sticky') await s.job.lead.onLead?.();
    s.leading = true;
    return true;
  }

  async #lose(s: JobState): Promise<void> {
    s.leading = false;
    if (s.job.lead.kind === 'sticky') await s.job.lead.onLose?.();
  }
}

const leaderKey = (job: Job) => `leader:${job.name}`;
