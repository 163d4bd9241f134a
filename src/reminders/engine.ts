import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Unit } from '../units/unit.js';
import type { ReminderLog } from './log.js';
import { type DueReminder, type MarkState, type Plan, PlanCache, plan, type Schedule } from './planner.js';

/** What the engine needs of the units: the in-memory repository, never the store. */
export interface UnitSource {
  active(): Unit[];
  get(chatId: number): Unit | undefined;
}

export interface ReminderMessage {
  text: string;
  buttons?: Array<Array<{ text: string; callback_data: string }>>;
}

/** What the engine needs of the outbox: enqueueing the same dedupe key twice is a no-op. */
export interface ReminderOutbox {
  enqueue(msg: {
    chatId: number;
    text: string;
    buttons?: Array<Array<{ text: string; callback_data: string }>>;
    dedupeKey: string;
    batchId: string;
  }): Promise<{ id: string; created: boolean }>;
}

/** Turns a due reminder into the words and buttons of the unit's chat (the bot layer provides it). */
export type ComposeReminder = (reminder: DueReminder, unit: Unit) => Promise<ReminderMessage>;

export interface PassReport {
  at: string;
  /** Reminders handed to the outbox in this pass (new ones; a dedupe hit is not counted). */
  sent: number;
  collapsed: number;
  suppressed: number;
  /** Missed during downtime and past the catch-up cut-off: recorded as skipped, never sent. */
  skipped: number;
  failed: number;
}

export interface ReminderEngineOptions {
  units: UnitSource;
  outbox: ReminderOutbox;
  log: ReminderLog;
  schedule: Schedule;
  clock: Clock;
  compose: ComposeReminder;
  logger: Logger;
}

interface ChatWork {
  send: DueReminder[];
  marks: Array<{ seriesId: string; offset: string; s: MarkState }>;
  dropSnoozes: string[];
}

/**
 * One reminder pass: plan from the clock, enqueue, record. The order makes it exactly-once:
 * 1. enqueue with the dedupe key `rem:<chatId>:<series>:<offset>`;
 * 2. then record the moment as sent in the log.
 * A crash between 1 and 2 makes the next pass plan it again; the outbox then ignores the key.
 */
export class ReminderEngine {
  /** What earlier passes worked out per unit: a tick skips units with nothing due (same plans). */
  readonly #cache = new PlanCache();

  constructor(readonly o: ReminderEngineOptions) {}

  /** The plan at `now` without acting on it. */
  plan(now: Date = this.o.clock.now()): Plan {
    return plan(this.o.units.active(), this.o.schedule, this.o.log, now, this.#cache);
  }

  async pass(): Promise<PassReport> {
    const now = this.o.clock.now();
    const p = this.plan(now);
    const report: PassReport = {
      at: now.toISOString(),
      sent: 0,
      collapsed: 0,
      suppressed: 0,
      skipped: 0,
      failed: 0,
    };
    const work = new Map<number, ChatWork>();
    const of = (chatId: number) => {
      let w = work.get(chatId);
      if (!w) {
        w = { send: [], marks: [], dropSnoozes: [] };
        work.set(chatId, w);
      }
      return w;
    };
    for (const r of p.send) of(r.chatId).send.push(r);
    for (const c of p.collapse)
      of(c.chatId).marks.push({ seriesId: c.seriesId, offset: c.offset, s: 'collapsed' });
    for (const c of p.suppress)
      of(c.chatId).marks.push({ seriesId: c.seriesId, offset: c.offset, s: 'suppressed' });
    for (const c of p.skip) of(c.chatId).marks.push({ seriesId: c.seriesId, offset: c.offset, s: 'skipped' });
    for (const d of p.dropSnoozes) of(d.chatId).dropSnoozes.push(d.seriesId);

    const batchId = `reminders:${p.send[0]?.today ?? now.toISOString().slice(0, 10)}`;
    const chats = [...work.entries()];
    // A few dozen chats at a time: enough to keep the store busy, not enough to swamp it.
    for (let i = 0; i < chats.length; i += 64) {
      await Promise.all(
        chats.slice(i, i + 64).map(async ([chatId, w]) => {
          try {
            const unit = this.o.units.get(chatId);
            for (const r of w.send) {
              if (!unit) continue;
              const msg = await this.o.compose(r, unit);
              const { created } = await this.o.outbox.enqueue({
                chatId,
                text: msg.text,
                ...(msg.buttons ? { buttons: msg.buttons } : {}),
                dedupeKey: r.dedupeKey,
                batchId,
              });
              if (created) report.sent++;
              if (r.snoozed) w.dropSnoozes.push(r.series.id);
              else w.marks.push({ seriesId: r.series.id, offset: r.moment.offset, s: 'sent' });
            }
            await this.o.log.record(chatId, w.marks, now.getTime(), w.dropSnoozes);
            for (const m of w.marks) {
              if (m.s === 'collapsed') report.collapsed++;
              else if (m.s === 'suppressed') report.suppressed++;
              else if (m.s === 'skipped') {
                report.skipped++;
                this.o.logger.info(
                  { chatId, series: m.seriesId, offset: m.offset },
                  'missed reminder skipped: past the catch-up cut-off, not sent',
                );
              }
            }
          } catch (err) {
            // Nothing recorded for this chat: the next pass plans it again, the dedupe key keeps it single.
            report.failed++;
            // Another replica holds the key without its item yet: expected after a crash, retried.
            const inFlight = err instanceof Error && err.name === 'DedupeInFlight';
            this.o.logger[inFlight ? 'warn' : 'error']({ err, chatId }, 'reminder not enqueued');
          }
        }),
      );
    }
    if (report.sent + report.collapsed + report.suppressed + report.skipped + report.failed > 0) {
      this.o.logger.info(report, 'reminder pass');
    }
    return report;
  }
}
