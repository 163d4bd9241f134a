import type { Day } from '../calendar.js';
import type { Step } from '../knowledge/checklist.js';
import type { Window } from '../knowledge/pack.js';
import type { Unit } from '../units/unit.js';
import { type LogView, receivesReminders } from './planner.js';
import type { Moment, ReminderKind, Schedule } from './schedule.js';

export interface PreviewLine {
  type: string;
  seriesId: string;
  window?: Window;
  /** A checklist step's own reminder (grouped by step, whatever each unit's due day). */
  step?: Step;
  offset: string;
  kind: ReminderKind;
  days: number;
  count: number;
}

/** Congress-date and step reminders are grouped by offset, not by date. */
function groupId(series: { id: string; window?: Window; step?: { step: Step } }): string {
  if (series.window) return series.id;
  if (series.step) return `buoc-${series.step.step.id}`;
  return 'ngay-dai-hoi';
}

/**
 * What would go out on `day` at the send hour, assuming the bot runs: for /lichnhac. Moments
 * already marked are left out; units registered after the send hour of that day are too, and
 * steps the unit has ticked.
 */
export function preview(units: Iterable<Unit>, schedule: Schedule, log: LogView, day: Day): PreviewLine[] {
  const lines = new Map<string, PreviewLine>();
  for (const unit of units) {
    if (!receivesReminders(unit)) continue;
    const regAt = schedule.registeredAtMs(unit);
    const marks = log.marks(unit.chatId);
    for (const series of schedule.seriesOf(unit)) {
      // Several moments on one day go out as one message: the latest in the sequence.
      let chosen: Moment | undefined;
      for (const m of series.moments) {
        if (m.day === day && m.at >= regAt && !marks?.has(m.key)) chosen = m;
      }
      if (!chosen) continue;
      const seriesId = groupId(series);
      const key = `${unit.type}|${seriesId}|${chosen.offset}`;
      const line = lines.get(key);
      if (line) line.count++;
      else
        lines.set(key, {
          type: unit.type,
          seriesId,
          ...(series.window ? { window: series.window } : {}),
          ...(series.step ? { step: series.step.step } : {}),
          offset: chosen.offset,
          kind: chosen.kind,
          days: chosen.days,
          count: 1,
        });
    }
  }
  return [...lines.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.seriesId.localeCompare(b.seriesId) || b.days - a.days,
  );
}
