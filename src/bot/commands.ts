import type { BotCommand } from 'telegraf/types';
import type { I18n, Lang } from '../i18n/index.js';

export type Audience = 'all' | 'secretary' | 'staff';

export interface CommandSpec {
  /** Vietnamese name first, then aliases; the first vi name and the first en name go in the menu. */
  vi: string[];
  en: string[];
  audience: Audience;
  /** Locale id of the one-line description (menu and /trogiup). */
  describe: string;
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
  { vi: ['trangthai'], en: ['status'], audience: 'secretary', describe: 'cmd-status' },
  { vi: ['ngaydaihoi'], en: ['congressdate'], audience: 'secretary', describe: 'cmd-congressdate' },
  { vi: ['hoanthanh'], en: ['done'], audience: 'secretary', describe: 'cmd-done' },
  { vi: ['tamdung'], en: ['pause'], audience: 'secretary', describe: 'cmd-pause' },
  { vi: ['tieptuc'], en: ['resume'], audience: 'secretary', describe: 'cmd-resume' },
  { vi: ['bangiao'], en: ['handover'], audience: 'secretary', describe: 'cmd-handover' },
  { vi: ['nhanbangiao'], en: ['takeover'], audience: 'secretary', describe: 'cmd-takeover' },
  { vi: ['huydangky'], en: ['unregister'], audience: 'secretary', describe: 'cmd-unregister' },
  { vi: ['lich'], en: ['calendar'], audience: 'secretary', describe: 'cmd-calendar' },
  { vi: ['lichnhac'], en: ['reminders'], audience: 'staff', describe: 'cmd-lichnhac' },
  { vi: ['thongbao'], en: ['broadcast'], audience: 'staff', describe: 'cmd-broadcast' },
  { vi: ['thongbao_chitiet'], en: ['broadcast_detail'], audience: 'staff', describe: 'cmd-broadcast-detail' },
  { vi: ['thongbao_huy'], en: ['broadcast_cancel'], audience: 'staff', describe: 'cmd-broadcast-cancel' },
  { vi: ['thongke'], en: ['stats'], audience: 'staff', describe: 'cmd-stats' },
  { vi: ['danhsach'], en: ['units'], audience: 'staff', describe: 'cmd-units' },
  { vi: ['tomtat'], en: ['digest'], audience: 'staff', describe: 'cmd-digest' },
  { vi: ['cauhoimoi'], en: ['newquestions'], audience: 'staff', describe: 'cmd-newquestions' },
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
