import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';
import { dashboardFeature } from './dashboard.js';
import { staffBroadcastFeature } from './staff-broadcast.js';
import { staffReportsFeature } from './staff-reports.js';

/** District staff: broadcasts (with their "Đã nhận" button), statistics, the list of units, the digest, the dashboard. */
export const staffFeature = new Composer<BotContext>();
staffFeature.use(staffBroadcastFeature, staffReportsFeature, dashboardFeature);
