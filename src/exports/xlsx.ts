import ExcelJS from 'exceljs';
import type { Day } from '../calendar.js';
import type { Pack } from '../knowledge/pack.js';
import { type CsvWords, type UnitCell, type UnitTable, unitsTable } from '../staff/csv.js';
import type { Unit } from '../units/unit.js';

/**
 * The unit list as an Excel workbook, from the same table as the CSV (src/staff/csv.ts): days
 * are real dates, numbers are numbers, the header row is frozen and carries a filter. Text is
 * always stored as text: a unit named "=HYPERLINK(…)" stays a name, never a formula.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DATE_FORMAT = 'dd/mm/yyyy';
/** Chat ids are 13-digit numbers: whole digits, not 1.00123E+12. */
const NUMBER_FORMAT = '0';
const MAX_WIDTH = 48;

/** A day as the Excel date of that day (midnight UTC is how exceljs writes a date serial). */
export function excelDate(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const cellValue = (c: UnitCell): ExcelJS.CellValue =>
  c === undefined ? null : typeof c === 'object' ? excelDate(c.day) : c;

const shownLength = (c: UnitCell): number =>
  c === undefined ? 0 : typeof c === 'object' ? 10 : [...String(c)].length;

/**
 * A table as an .xlsx file: one sheet, the header row frozen and filtered, columns typed. `now`
 * (the injected clock) is the file's created and modified time; exceljs would read the host's.
 */
export async function tableXlsx(table: UnitTable, opts: { sheetName: string; now: Date }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = opts.now;
  book.modified = opts.now;
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = book.addWorksheet(opts.sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((c, i) => {
      // A string is set as the cell's value and stays a string cell, whatever it starts with.
      if (typeof c === 'object') added.getCell(i + 1).numFmt = DATE_FORMAT;
      else if (typeof c === 'number') added.getCell(i + 1).numFmt = NUMBER_FORMAT;
    });
  }
  table.header.forEach((h, i) => {
    const longest = Math.max([...h].length, ...table.rows.map((r) => shownLength(r[i])));
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, longest + 2);
  });
  if (table.header.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: table.header.length },
    };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The units as .xlsx: the rows and columns of `unitsCsv`, typed. */
export function unitsXlsx(
  pack: Pack,
  units: Unit[],
  opts: { today: Day; timezone: string; words: CsvWords; sheetName: string; now: Date },
): Promise<Buffer> {
  return tableXlsx(unitsTable(pack, units, opts), opts);
}
