import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, registerUnits, xlsxRows } from '../bot/helpers.js';
import { Harness } from '../support/harness.js';

/** /danhsach sends the unit list as .xlsx by default and as CSV on request, in process. */
const STAFF = 4343;
const NAMES = [
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 3, phường Bến Nghé' },
  { type: 'chi-bo-co-so', name: '=HYPERLINK("http://x.example","Chi bộ")' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ phường Bạch Đằng' },
];

describe('/danhsach as Excel and CSV', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T09:00:00+07:00', env: { ADMIN_IDS: `1,${STAFF}` } });
    await registerUnits(h, NAMES, 8101);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends an .xlsx by default whose rows are the store’s units', async () => {
    await h.chat({ userId: STAFF }).send('/danhsach');
    const doc = h.telegram.documents.at(-1);
    expect(doc?.filename).toBe('don-vi-20250320-0900.xlsx');
    expect(doc?.caption).toBe('Danh sách 3 đơn vị, lập lúc 09:00 20/03/2025. Cần tệp CSV: /danhsach csv');
    const [header, ...rows] = await xlsxRows(doc?.content ?? Buffer.alloc(0));
    expect(header?.slice(0, 3)).toEqual(['STT', 'Tên đơn vị', 'Loại đơn vị']);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const byName = new Map(rows.map((r) => [r[col('Tên đơn vị')], r]));
    const stored = h.deps.units.all();
    expect([...byName.keys()].sort()).toEqual(stored.map((u) => u.name).sort());
    for (const u of stored) {
      const row = byName.get(u.name);
      expect(row?.[col('Mã chat Telegram')]).toBe(String(u.chatId));
      expect(row?.[col('Ngày đăng ký')]).toBe('2025-03-20');
      expect(row?.[col('Mã loại')]).toBe(u.type);
    }
  });

  it('sends the CSV for /danhsach csv, with the same units', async () => {
    await h.chat({ userId: STAFF }).send('/danhsach csv');
    const doc = h.telegram.documents.at(-1);
    expect(doc?.filename).toBe('don-vi-20250320-0900.csv');
    const [header, ...rows] = parseCsv((doc?.content ?? Buffer.alloc(0)).toString('utf8').slice(1));
    const nameCol = header?.indexOf('Tên đơn vị') ?? -1;
    expect(rows.map((r) => r[nameCol]?.replace(/^'/, '')).sort()).toEqual(NAMES.map((n) => n.name).sort());
  });

  it('answers an unknown format with the two it knows, in the chat’s language', async () => {
    const staff = h.chat({ userId: STAFF });
    const docs = h.telegram.documents.length;
    expect(await staff.say('/danhsach pdf')).toBe(
      'Không có định dạng «pdf». Đồng chí gõ /danhsach (tệp Excel) hoặc /danhsach csv (tệp CSV).',
    );
    await staff.say('/ngonngu en');
    const en = staff;
    expect(await en.say('/units pdf')).toBe(
      'There is no format "pdf". Send /units (Excel file) or /units csv (CSV file).',
    );
    expect(h.telegram.documents).toHaveLength(docs);
    await en.send('/units');
    const [header] = await xlsxRows(h.telegram.documents.at(-1)?.content ?? Buffer.alloc(0));
    expect(header?.slice(0, 3)).toEqual(['No.', 'Unit', 'Unit type']);
    await staff.say('/ngonngu vi');
  });
});
