import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';
import { staffBroadcastFeature } from './staff-broadcast.js';
import { staffReportsFeature } from './staff-reports.js';

/** District staff: broadcasts (with their "Đã nhận" button), statistics, the list of units, the digest. */
export const staffFeature = new Composer<BotContext>();
staffFeature.use(staffBroadcastFeature, staffReportsFeature);
