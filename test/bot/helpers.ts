import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Harness } from '../support/harness.js';

/** Registers private-chat units in one line each; returns their chat ids, sorted. */
export async function registerUnits(
  h: Harness,
  names: Array<{ type: string; name: string }>,
  firstUserId: number,
): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, { type, name }] of names.entries()) {
    const chat = h.chat({ userId: firstUserId + i });
    expect(await chat.say(`/dangky ${type} ${name}`)).toContain(name);
    ids.push(chat.chatId);
  }
  return ids.sort((a, b) => a - b);
}

/** The id of a notice named in a bot message ("#ABC234"). */
export function noticeId(text: string): string {
  const m = /#([A-Z2-9]{6})/.exec(text);
  if (!m?.[1]) throw new Error(`no notice id in: ${text}`);
  return m[1];
}

/** The labels of a message's inline buttons. */
export const labelsOf = (m: { replyMarkup?: unknown } | undefined): string[] =>
  (
    (m?.replyMarkup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard ??
    []
  )
    .flat()
    .map((b) => b.text);

/** A small RFC 4180 reader, written apart from the bot's own writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The cells of an .xlsx file's first sheet, row by row, as text (dates as ISO days). */
export async function xlsxRows(content: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1);
    rows.push(
      cells.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v))),
    );
  });
  return rows;
}

/** A sent file as text: a CSV as it is, an .xlsx as its cells (tab between cells, a line a row). */
export async function fileText(doc: { filename: string; content: Buffer }): Promise<string> {
  if (!doc.filename.endsWith('.xlsx')) return doc.content.toString('utf8');
  return (await xlsxRows(doc.content)).map((r) => r.join('\t')).join('\n');
}
