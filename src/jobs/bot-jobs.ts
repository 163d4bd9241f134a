import type { Sender } from '../delivery/sender.js';
import type { Logger } from '../logger.js';
import type { ReminderEngine } from '../reminders/engine.js';
import type { StaffService } from '../staff/service.js';
import type { FeedSync } from '../store/feed.js';
import type { Job } from './runner.js';

/** A sticky runner's lease (sender, staff pass): renewed every second, lapses this long after its death. */
export const RUNNER_LEASE_MS = 5_000;
/** How often the sender and staff leads are renewed, and how often replicas take in each other's writes. */
const EVERY_MS = 1_000;

export interface BotJobsOptions {
  logger: Logger;
  /** REMINDER_TICK and TIMEZONE. */
  reminderTick: string;
  timezone: string;
  reminders: ReminderEngine;
  sender: Sender;
  /** Its take-over of what a dead sender left: items never announced, then those in flight. */
  outbox: { reconcile(): Promise<number>; requeueSending(): Promise<number> };
  staff: StaffService;
  /** Replicas on a shared store: the change feed; undefined on SQLite. */
  shared?: FeedSync | undefined;
  /** Retention (README, Reliability): compacts old sent outbox items; daily at 03:30, on one replica. */
  retention?: () => Promise<void>;
}

/**
 * The bot's periodic work, in one list: what runs, when, and which replica runs it.
 * 1. reminders: a pass at start-up and on every REMINDER_TICK; each fire runs on one replica.
 * 2. sender: one replica drains the outbox (its rate limits live in its memory); the others stand
 *    by and take over within RUNNER_LEASE_MS of its death, requeueing what it left in flight.
 * 3. staff: scheduled broadcasts, progress, reports and the digest, each second, on one replica.
 * 4. feed-sync: every replica takes in the others' writes each second (shared stores only).
 * 5. retention: old sent outbox items compacted into batch summaries, daily, on one replica.
 */
export function botJobs(o: BotJobsOptions): Job[] {
  const sync = () => o.shared?.sync() ?? Promise.resolve();
  const jobs: Job[] = [
    {
      name: 'reminders',
      schedule: { cron: o.reminderTick, timezone: o.timezone },
      // The claim outlives the tick, so a slow pass is not run again by another replica.
      lead: { kind: 'perFire', leaseMs: 55_000 },
      atStart: true,
      run: async () => {
        await sync();
        await o.reminders.pass();
      },
    },
    {
      name: 'sender',
      schedule: { everyMs: EVERY_MS },
      lead: {
        kind: 'sticky',
        leaseMs: RUNNER_LEASE_MS,
        onLead: async () => {
          // The dead sender's last 'sending' marks first: one not yet taken in would stay
          // 'sending' here, never requeued and never sent.
          await sync();
          // Items a dead replica wrote and never announced, then its 'sending' marks.
          const unheard = await o.outbox.reconcile();
          const requeued = await o.outbox.requeueSending();
          o.logger.info({ requeued, unheard }, 'this replica now sends the outbox');
        },
        onLose: async () => {
          o.logger.info('this replica no longer sends the outbox');
          await o.sender.stop();
        },
      },
      atStart: true,
      run: async () => {
        await sync();
        o.sender.start();
      },
    },
    {
      name: 'staff',
      schedule: { everyMs: EVERY_MS },
      lead: { kind: 'sticky', leaseMs: RUNNER_LEASE_MS },
      atStart: true,
      run: () => o.staff.tick(),
    },
  ];
  const retention = o.retention;
  if (retention)
    jobs.push({
      name: 'retention',
      schedule: { cron: '0 30 3 * * *', timezone: o.timezone },
      lead: { kind: 'perFire', leaseMs: 3_600_000 },
      run: retention,
    });
  if (o.shared)
    jobs.push({ name: 'feed-sync', schedule: { everyMs: EVERY_MS }, lead: { kind: 'every' }, run: sync });
  return jobs;
}
