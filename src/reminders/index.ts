export {
  type ComposeReminder,
  ReminderEngine,
  type ReminderMessage,
  type ReminderOutbox,
  type UnitSource,
} from './engine.js';
export { ReminderLog } from './log.js';
export {
  type DueReminder,
  dedupeKeyOf,
  nextSendHour,
  type Plan,
  plan,
  preview,
  Schedule,
  type Series,
} from './planner.js';

import type { ReminderLog } from './log.js';
import type { Schedule } from './planner.js';

/** What the bot layer uses of the reminder engine: the log (snoozes, previews) and the schedule. */
export interface Reminders {
  log: ReminderLog;
  schedule: Schedule;
}
