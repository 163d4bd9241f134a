import type { Context } from 'telegraf';
import type { ChartRenderer } from '../charts/renderer.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DeliveryHooks } from '../delivery/hooks.js';
import type { Outbox } from '../delivery/outbox.js';
import type { I18n, Lang, MessageArgs } from '../i18n/index.js';
import type { Pack } from '../knowledge/pack.js';
import type { Logger } from '../logger.js';
import type { OrgsRepo } from '../orgs/repo.js';
import type { Scope } from '../orgs/rules.js';
import type { Reminders } from '../reminders/index.js';
import type { StaffService } from '../staff/service.js';
import type { ChatPrefsRepo } from '../store/chat-prefs.js';
import type { Store } from '../store/index.js';
import type { UnitsRepo } from '../units/repo.js';

/** Everything a feature may use; built once in app.ts and passed in. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  logger: Logger;
  i18n: I18n;
  /** The campaign pack (documents, topics, unit types, windows, reminder policy). */
  pack: Pack;
  store: Store;
  prefs: ChatPrefsRepo;
  /** Bulk messages (reminders, broadcasts): enqueue here, never sendMessage in a loop. */
  outbox: Outbox;
  /** Delivery outcomes: `delivery.on('onChatGone' | 'onChatMigrated' | 'onSent', fn)`. */
  delivery: DeliveryHooks;
  /** Registered units, in memory, written through to the store. */
  units: UnitsRepo;
  /** Organisations, their staff and invitations; `orgs.scopeFor(userId)` decides who is staff of what. */
  orgs: OrgsRepo;
  /** The reminder engine's log (snoozes) and schedule, for the reminder buttons and /lichnhac. */
  reminders: Reminders;
  /** District staff: broadcasts, their schedule and reports, audit log, digest. */
  staff: StaffService;
  /** Chart specs (src/charts/specs.ts) to PNG, for the pictures sent in chat. */
  charts: ChartRenderer;
}

export interface BotContext extends Context {
  deps: AppDeps;
  /** Child logger carrying the update id. */
  log: Logger;
  /** Reply language of this chat. */
  lang: Lang;
  t(id: string, args?: MessageArgs): string;
  /** Whether the sender is staff of some organisation (ADMIN_IDS: the root); fails closed without a sender. */
  isStaff: boolean;
  /** What the sender may see and act on as staff (undefined: not staff); every staff check asks it. */
  scope: Scope | undefined;
}
