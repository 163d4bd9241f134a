import { type Day, dayIn, showDay } from '../calendar.js';
import type { Lang, MessageArgs } from '../i18n/index.js';
import type { Pack } from '../knowledge/pack.js';
import type { Unit } from '../units/unit.js';
import { type Standing, standingOf } from './audience.js';

/** UTF-8 byte order mark: without it Excel reads the file as the local code page and garbles Vietnamese. */
export const BOM = '\uFEFF';

/** One CSV field, RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheets; names come from users.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'no',
  'name',
  'type',
  'typeCode',
  'pilot',
  'parent',
  'org',
  'chatId',
  'chatType',
  'registered',
  'deadline',
  'congressDate',
  'doneOn',
  'standing',
  'active',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvWords {
  header: Record<CsvColumn, string>;
  yes: string;
  no: string;
  standing: Record<Standing, string>;
  inactive: (reason: string) => string;
  typeName: (code: string) => string;
  /** The name of the organisation a unit belongs to (the org column); empty when not given. */
  orgName?: (unit: Unit) => string;
  /** Given: one column per checklist step, headed by its title (the day it was ticked, or empty). */
  stepTitle?: (step: Pack['checklist']['steps'][number]) => string;
  /** A step the unit's type does not have. */
  stepNotApplicable?: string;
}

/**
 * The list's words in one language, from locales/ (`t`): /danhsach's files and the dashboard's
 * download say the same. `orgName` names a unit's organisation.
 */
export function csvWords(
  pack: Pack,
  lang: Lang,
  t: (id: string, args?: MessageArgs) => string,
  orgName: (unit: Unit) => string,
): CsvWords {
  const typeNames = new Map(pack.unitTypes.map((type) => [type.code, type.name[lang]]));
  return {
    header: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`csv-${c}`)])) as CsvWords['header'],
    yes: t('csv-yes'),
    no: t('csv-no-value'),
    standing: {
      done: t('csv-standing-done'),
      late: t('csv-standing-late'),
      open: t('csv-standing-open'),
      upcoming: t('csv-standing-upcoming'),
    },
    inactive: (reason) => t('csv-inactive', { reason }),
    typeName: (code) => typeNames.get(code) ?? code,
    orgName,
    stepTitle: (step) => t('csv-step', { title: step.title[lang] }),
    stepNotApplicable: t('csv-step-na'),
  };
}

/** A cell of the unit list: text, a number, or a calendar day (a date in a spreadsheet). */
export type UnitCell = string | number | { day: Day } | undefined;

export interface UnitTable {
  header: string[];
  rows: UnitCell[][];
}

/**
 * The unit list as typed cells, sorted by type then name: the CSV columns, then (with
 * `words.stepTitle`) one per checklist step holding the day it was ticked. The CSV and the
 * spreadsheet (src/exports/xlsx.ts) are both written from this.
 */
export function unitsTable(
  pack: Pack,
  units: Unit[],
  opts: { today: Day; timezone: string; words: CsvWords },
): UnitTable {
  const { today, timezone, words } = opts;
  const typeOrder = new Map(pack.unitTypes.map((t, i) => [t.code, i]));
  const sorted = [...units].sort(
    (a, b) =>
      (typeOrder.get(a.type) ?? 99) - (typeOrder.get(b.type) ?? 99) || a.name.localeCompare(b.name, 'vi'),
  );
  const steps = words.stepTitle ? pack.checklist.steps : [];
  const header = [
    ...CSV_COLUMNS.map((c) => words.header[c]),
    ...steps.map((st) => words.stepTitle?.(st) ?? st.id),
  ];
  const dayOf = (iso: string) => ({ day: dayIn(timezone, new Date(iso)) });
  const rows = sorted.map((u, i): UnitCell[] => {
    const s = standingOf(pack, u, today);
    const row: Record<CsvColumn, UnitCell> = {
      no: i + 1,
      name: u.name,
      type: words.typeName(u.type),
      typeCode: u.type,
      pilot: u.pilot ? words.yes : words.no,
      parent: u.parent,
      org: words.orgName?.(u),
      chatId: u.chatId,
      chatType: u.chatType,
      registered: dayOf(u.registeredAt),
      deadline: s.window ? { day: s.window.last } : undefined,
      congressDate: u.congressDate ? { day: u.congressDate } : undefined,
      doneOn: u.doneAt ? dayOf(u.doneAt) : undefined,
      standing: words.standing[s.standing],
      active: u.active ? words.yes : words.inactive(u.inactiveReason ?? 'unregistered'),
    };
    const stepCells = steps.map((st): UnitCell => {
      if (!st.types.includes(u.type)) return words.stepNotApplicable;
      const tick = u.readiness?.[st.id];
      return tick ? dayOf(tick.at) : undefined;
    });
    return [...CSV_COLUMNS.map((c) => row[c]), ...stepCells];
  });
  return { header, rows };
}

/** The units as CSV text (BOM first, CRLF line ends), sorted by type then name. */
export function unitsCsv(
  pack: Pack,
  units: Unit[],
  opts: { today: Day; timezone: string; words: CsvWords },
): string {
  const { header, rows } = unitsTable(pack, units, opts);
  const cell = (c: UnitCell) => csvField(typeof c === 'object' ? showDay(c.day) : c);
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
