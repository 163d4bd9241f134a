import type { Composer } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { I18n, Lang } from '../i18n/index.js';
import type { BotContext } from './context.js';
import { mayManage } from './features/secretary-guard.js';
import { staffOnly } from './features/staff-guard.js';

/**
 * Who may use a command, enforced by `registerCommand` before the handler runs:
 * - `all`: anyone, anywhere;
 * - `secretary`: changes a unit: in a group only its administrators (features/secretary-guard.ts);
 * - `staff`: district staff (ADMIN_IDS) in a private chat, every use and refusal audited
 *   (features/staff-guard.ts).
 */
export type Audience = 'all' | 'secretary' | 'staff';

export interface CommandSpec {
  /** Vietnamese name first, then aliases; the first vi name and the first en name go in the menu. */
  vi: string[];
  en: string[];
  audience: Audience;
  /** Locale id of the one-line description (menu and /trogiup). */
  describe: string;
  /** Staff commands: the action written to the audit log. */
  action?: string;
}

/** Every command the bot answers, in menu order. Features add theirs here. */
export const COMMANDS: CommandSpec[] = [
  { vi: ['trogiup', 'start'], en: ['help'], audience: 'all', describe: 'cmd-help' },
  { vi: ['ngonngu'], en: ['language'], audience: 'all', describe: 'cmd-language' },
  { vi: ['hoi'], en: ['ask'], audience: 'all', describe: 'cmd-ask' },
  { vi: ['noidung'], en: ['contents'], audience: 'all', describe: 'cmd-contents' },
  { vi: ['vankien'], en: ['reports'], audience: 'all', describe: 'cmd-reports' },
  { vi: ['lichtrinh'], en: ['timeline'], audience: 'all', describe: 'cmd-timeline' },
  { vi: ['nhansu'], en: ['personnel'], audience: 'all', describe: 'cmd-personnel' },
  { vi: ['tailieu'], en: ['documents'], audience: 'all', describe: 'cmd-documents' },
  { vi: ['dangky'], en: ['register'], audience: 'secretary', describe: 'cmd-register' },
  { vi: ['trangthai'], en: ['status'], audience: 'all', describe: 'cmd-status' },
  { vi: ['chuanbi'], en: ['prepare'], audience: 'secretary', describe: 'cmd-prepare' },
  { vi: ['ngaydaihoi'], en: ['congressdate'], audience: 'secretary', describe: 'cmd-congressdate' },
  { vi: ['hoanthanh'], en: ['done'], audience: 'secretary', describe: 'cmd-done' },
  { vi: ['tamdung'], en: ['pause'], audience: 'secretary', describe: 'cmd-pause' },
  { vi: ['tieptuc'], en: ['resume'], audience: 'secretary', describe: 'cmd-resume' },
  { vi: ['bangiao'], en: ['handover'], audience: 'secretary', describe: 'cmd-handover' },
  { vi: ['nhanbangiao'], en: ['takeover'], audience: 'secretary', describe: 'cmd-takeover' },
  { vi: ['huydangky'], en: ['unregister'], audience: 'secretary', describe: 'cmd-unregister' },
  { vi: ['lich'], en: ['calendar'], audience: 'all', describe: 'cmd-calendar' },
  {
    vi: ['lichnhac'],
    en: ['reminders'],
    audience: 'staff',
    describe: 'cmd-lichnhac',
    action: 'reminders.preview',
  },
  { vi: ['thongbao'], en: ['broadcast'], audience: 'staff', describe: 'cmd-broadcast', action: 'broadcast' },
  {
    vi: ['thongbao_chitiet'],
    en: ['broadcast_detail'],
    audience: 'staff',
    describe: 'cmd-broadcast-detail',
    action: 'broadcast.detail',
  },
  {
    vi: ['thongbao_huy'],
    en: ['broadcast_cancel'],
    audience: 'staff',
    describe: 'cmd-broadcast-cancel',
    action: 'broadcast.cancel',
  },
  { vi: ['thongke'], en: ['stats'], audience: 'staff', describe: 'cmd-stats', action: 'stats' },
  { vi: ['danhsach'], en: ['units'], audience: 'staff', describe: 'cmd-units', action: 'units.export' },
  { vi: ['tomtat'], en: ['digest'], audience: 'staff', describe: 'cmd-digest', action: 'digest' },
  {
    vi: ['cauhoimoi'],
    en: ['newquestions'],
    audience: 'staff',
    describe: 'cmd-newquestions',
    action: 'questions.unanswered',
  },
  { vi: ['tochuc'], en: ['orgs'], audience: 'staff', describe: 'cmd-orgs', action: 'orgs' },
  { vi: ['moi'], en: ['invite'], audience: 'staff', describe: 'cmd-invite', action: 'orgs.links' },
  { vi: ['canbo'], en: ['staff'], audience: 'staff', describe: 'cmd-staff', action: 'orgs.staff' },
  {
    vi: ['bangdieukhien'],
    en: ['dashboard'],
    audience: 'staff',
    describe: 'cmd-dashboard',
    action: 'dashboard.open',
  },
];

export const namesOf = (spec: CommandSpec) => [...spec.vi, ...spec.en];

export function commandFor(name: string): CommandSpec {
  const spec = COMMANDS.find((c) => namesOf(c).includes(name));
  if (!spec) throw new Error(`command /${name} is not listed in COMMANDS`);
  return spec;
}

/** The menu for setMyCommands: in Vietnamese the vi names, in English the en names. */
export function menu(i18n: I18n, lang: Lang): BotCommand[] {
  return COMMANDS.filter((c) => c.audience !== 'staff').map((c) => ({
    command: (lang === 'vi' ? c.vi[0] : c.en[0]) ?? (c.vi[0] as string),
    description: i18n.t(lang, c.describe),
  }));
}

/** What a command handler receives (a text message with `payload`), as telegraf types it. */
type CommandMiddleware = Parameters<Composer<BotContext>['command']>[1];
export type CommandContext = Parameters<Extract<CommandMiddleware, (...args: never[]) => unknown>>[0];
export type CommandHandler = (ctx: CommandContext) => Promise<unknown>;

/** Commands given a handler, by their first Vietnamese name. */
const registered = new Set<string>();

/** The audience rule of a spec, run before its handler; false when the sender was refused (and told). */
async function allowed(spec: CommandSpec, ctx: CommandContext): Promise<boolean> {
  switch (spec.audience) {
    case 'all':
      return true;
    case 'secretary':
      return mayManage(ctx);
    case 'staff': {
      const args = ctx.payload.trim().slice(0, 40);
      return staffOnly(ctx, spec.action ?? (spec.vi[0] as string), args ? { args } : undefined);
    }
  }
}

/**
 * The one way a feature answers a command: its names come from COMMANDS, and its audience rule
 * runs before the handler, so a rule cannot be forgotten in a handler.
 */
export function registerCommand(composer: Composer<BotContext>, name: string, handler: CommandHandler): void {
  const spec = commandFor(name);
  const key = spec.vi[0] as string;
  if (registered.has(key)) throw new Error(`command /${key} has two handlers`);
  registered.add(key);
  composer.command(namesOf(spec), async (ctx) => {
    if (await allowed(spec, ctx)) await handler(ctx);
  });
}

/** Commands listed in COMMANDS that no feature registered; createBot refuses to build with any. */
export const unregisteredCommands = (): string[] =>
  COMMANDS.map((c) => c.vi[0] as string).filter((name) => !registered.has(name));
