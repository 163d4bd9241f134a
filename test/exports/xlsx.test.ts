import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelDate, unitsXlsx } from '../../src/exports/xlsx.js';
import { CSV_COLUMNS, type CsvWords, unitsCsv } from '../../src/staff/csv.js';
import { pack, unit } from '../staff/fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
const TODAY = '2025-03-20';
const step = pack.checklist.steps[0];
if (!step) throw new Error('the pack has no checklist step');

const words: CsvWords = {
  header: Object.fromEntries(CSV_COLUMNS.map((c) => [c, `col-${c}`])) as CsvWords['header'],
  yes: 'Có',
  no: 'Không',
  standing: { done: 'Đã đại hội', late: 'Trễ hạn', open: 'Trong thời hạn', upcoming: 'Chưa đến' },
  inactive: (r) => `Không (${r})`,
  typeName: (c) => c,
  orgName: () => 'Phường Bạch Mai',
  stepTitle: (s) => `Bước: ${s.title.vi}`,
  stepNotApplicable: 'không áp dụng',
};

const FORMULAS = ['=HYPERLINK("http://x.example","bấm")', '+84 Chi bộ', '-1+2', '@SUM(A1:A2)'];
const units = [
  unit({
    type: step.types[0] as string,
    name: 'Chi bộ Khu phố 1',
    chatId: -1001234567890,
    chatType: 'supergroup',
    congressDate: '2025-03-28',
    doneAt: '2025-03-10T18:30:00Z', // 11/03 in Hà Nội
    readiness: { [step.id]: { by: 1, at: '2025-02-14T03:00:00Z' } },
  }),
  ...FORMULAS.map((name) => unit({ name, type: 'chi-bo-co-so' })),
];

/** The data row whose name cell holds `name`. */
function rowNamed(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  const nameCol = ((sheet.getRow(1).values as unknown[]).slice(1) as string[]).indexOf('col-name') + 1;
  for (let r = 2; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(nameCol).value === name) return sheet.getRow(r);
  throw new Error(`no row named ${name}`);
}

async function readBack(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const NOW = new Date('2025-03-20T02:00:00Z');
const opts = { today: TODAY, timezone: TZ, words, sheetName: 'Đơn vị', now: NOW };

describe('the unit list as .xlsx', () => {
  it('has the CSV’s header, frozen, with a filter over every row and column', async () => {
    const sheet = await readBack(await unitsXlsx(pack, units, opts));
    const csvHeader = parseCsvLine(unitsCsv(pack, units, opts).slice(1).split('\r\n')[0] as string);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(csvHeader);
    expect(header).toContain(`Bước: ${step.title.vi}`);
    expect(sheet.name).toBe('Đơn vị');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lastColumn = sheet.getColumn(header.length).letter;
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}${units.length + 1}`);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // The file's own times come from the injected clock, not the host's.
    expect(sheet.workbook.created.toISOString()).toBe(NOW.toISOString());
    expect(sheet.workbook.modified.toISOString()).toBe(NOW.toISOString());
  });

  it('stores days as Excel dates and numbers as numbers', async () => {
    const sheet = await readBack(await unitsXlsx(pack, units, opts));
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (c: string) => header.indexOf(c) + 1;
    const row = rowNamed(sheet, 'Chi bộ Khu phố 1');
    expect(typeof row.getCell(col('col-no')).value).toBe('number');
    const chat = row.getCell(col('col-chatId'));
    expect(chat.type).toBe(ExcelJS.ValueType.Number);
    expect(chat.value).toBe(-1001234567890);
    for (const [c, day] of [
      ['col-registered', '2025-01-01'],
      ['col-congressDate', '2025-03-28'],
      ['col-doneOn', '2025-03-11'],
      [`Bước: ${step.title.vi}`, '2025-02-14'],
    ] as const) {
      const cell = row.getCell(col(c));
      expect(cell.type, c).toBe(ExcelJS.ValueType.Date);
      expect((cell.value as Date).toISOString(), c).toBe(excelDate(day).toISOString());
      expect(cell.numFmt, c).toBe('dd/mm/yyyy');
    }
    expect(row.getCell(col('col-standing')).value).toBe('Đã đại hội');
  });

  it('keeps a name that starts like a formula as text, never a formula', async () => {
    const sheet = await readBack(await unitsXlsx(pack, units, opts));
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const nameCol = header.indexOf('col-name') + 1;
    const cells = FORMULAS.map((name) => rowNamed(sheet, name).getCell(nameCol));
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('holds the same rows as the CSV, cell for cell', async () => {
    const sheet = await readBack(await unitsXlsx(pack, units, opts));
    const csvRows = unitsCsv(pack, units, { ...opts })
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(sheet.rowCount).toBe(units.length + 1);
    const shown = (v: unknown) =>
      v instanceof Date
        ? `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`
        : v === null || v === undefined
          ? ''
          : String(v);
    for (let r = 0; r < csvRows.length; r++) {
      const cells = (sheet.getRow(r + 2).values as unknown[]).slice(1);
      const width = (sheet.getRow(1).values as unknown[]).length - 1;
      const xlsx = Array.from({ length: width }, (_, i) => shown(cells[i]));
      // The CSV defuses formulas with a leading apostrophe and quotes commas; compare what it holds.
      const csv = parseCsvLine(csvRows[r] as string).map((c) => c.replace(/^'(?=[=+\-@])/, ''));
      expect(xlsx).toEqual(csv);
    }
  });
});

/** One RFC 4180 line (no line breaks inside fields in these rows). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
