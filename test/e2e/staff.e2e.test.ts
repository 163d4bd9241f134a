import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { AuditLog } from '../../src/staff/audit.js';
import { openStore } from '../../src/store/index.js';
import { registerUnits, waitFor } from '../staff/e2e-helpers.js';
import { startBot } from '../support/bot-process.js';

const STAFF = 4343;
const STAFF_COMMANDS = [
  '/thongbao Họp khẩn',
  '/broadcast Urgent meeting',
  '/thongbao_chitiet ABC234',
  '/thongbao_huy',
  '/thongke',
  '/stats',
  '/danhsach',
  '/units',
  '/tomtat bat',
];

/** A small RFC 4180 reader, written apart from the bot's own writer. */
function parseCsv(text: string): string[][] {
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

const NAMES = [
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 3, phường Bến Nghé' },
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Tổ dân phố "Hoà Bình"' },
  { type: 'chi-bo-co-so', name: 'Chi bộ Trường Tiểu học Lê Ngọc Hân' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ phường Bạch Đằng' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ Khối Hành chính sự nghiệp Quận' },
];

describe('district staff commands, through the emulator', () => {
  let env: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    env = await startBot({ ADMIN_IDS: `1,${STAFF}`, BOT_CLOCK: '2025-03-20T09:00:00+07:00' });
    await registerUnits(env.emulator, NAMES, 8001);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('refuses every staff command to a non-staff user, politely, and audits each refusal', async () => {
    const member = env.emulator.chat({ userId: 8001 });
    for (const command of STAFF_COMMANDS) {
      await member.send(command);
      const reply = await member.reply();
      expect(reply.text, command).toContain('Lệnh này dành cho cán bộ Ban Tổ chức');
    }
    // A forged staff button is refused too.
    await member.press({ data: 'bc-act:ABC234:send' });
    await waitFor(
      () =>
        env.emulator
          .callsOf('answerCallbackQuery')
          .some((c) => String(c.params.text ?? '').includes('dành cho cán bộ Ban Tổ chức')),
      'the refused button',
    );
    expect(env.emulator.documents).toHaveLength(0);

    const store = await openStore(env.bot.storeUrl);
    try {
      const refusals = (await new AuditLog(store, systemClock).all()).filter(
        (e) => e.outcome === 'refused' && e.userId === 8001,
      );
      expect(refusals.map((e) => e.action)).toEqual([
        'broadcast',
        'broadcast',
        'broadcast.detail',
        'broadcast.cancel',
        'stats',
        'stats',
        'units.export',
        'units.export',
        'digest',
        'broadcast.send',
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses staff commands in a group, even to staff', async () => {
    const group = env.emulator.chat({ chatId: -5001, userId: STAFF, type: 'group' });
    await group.send('/thongke');
    expect((await group.reply()).text).toContain('tin nhắn riêng');
  });

  it('shows /thongke as a monospace table by unit type', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send('/thongke');
    const reply = await staff.reply();
    expect(reply.text).toContain('Thống kê đơn vị đến ngày 20/03/2025');
    const sent = env.emulator.callsOf('sendMessage').at(-1);
    expect(sent?.params.parse_mode).toBe('HTML');
    expect(String(sent?.params.text)).toMatch(/<pre>Loại ĐK HĐ Xong Trễ Đang Sắp\n/);
    expect(reply.text).toContain('CBTT  2  2    0   0    2   0');
    expect(reply.text).toContain('Tổng  5  5    0   0    2   3');
  });

  it('sends /danhsach as a CSV file (UTF-8 with BOM) that lists every unit, Vietnamese intact', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send('/danhsach');
    const doc = await waitFor(() => env.emulator.documents.at(-1), 'the CSV file');
    expect(doc.chatId).toBe(String(STAFF));
    expect(doc.filename).toBe('don-vi-20250320-0900.csv');
    expect(doc.caption).toContain('Danh sách 5 đơn vị');
    expect([...doc.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(doc.content.toString('utf8').slice(1));
    const header = rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(['STT', 'Tên đơn vị', 'Loại đơn vị']);
    const nameCol = header.indexOf('Tên đơn vị');
    const standingCol = header.indexOf('Tình trạng');
    expect(
      rows
        .slice(1)
        .map((r) => r[nameCol])
        .sort(),
    ).toEqual(NAMES.map((n) => n.name).sort());
    for (const r of rows.slice(1)) expect(r).toHaveLength(header.length);
    const hoaBinh = rows.find((r) => r[nameCol]?.includes('Hoà Bình'));
    expect(hoaBinh?.[standingCol]).toBe('Trong thời hạn');
  });

  it("turns the daily digest on with today's digest, and off", async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send('/tomtat bat');
    const on = await staff.reply();
    expect(on.text).toContain('Đã bật bản tóm tắt hằng ngày, gửi lúc 08:00');
    expect(on.text).toContain('Tóm tắt ngày 20/03/2025');
    await staff.send('/tomtat');
    expect((await staff.reply()).text).toContain('đang bật');
    await staff.press('Tắt');
    expect((await staff.reply()).text).toContain('Đã tắt');
  });

  it('guides /thongbao without text: asks for it, keeps the step, previews the next message', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send('/thongbao');
    expect((await staff.reply()).text).toContain('gửi nội dung thông báo');
    await staff.send('Nội dung hướng dẫn');
    const [preview, control] = await staff.replies(2);
    expect(preview?.text).toBe('Nội dung hướng dẫn');
    expect(control?.text).toContain('Bản xem trước thông báo');
    await staff.press('Kèm nút «Đã nhận»');
    await staff.press('Hủy');
    await waitFor(
      () =>
        staff
          .messages()
          .find((m) => m.messageId === control?.messageId)
          ?.text.includes('Đã hủy'),
      'the cancellation',
    );
    const delivered = env.emulator
      .callsOf('sendMessage')
      .filter((c) => c.params.text === 'Nội dung hướng dẫn');
    expect(delivered).toHaveLength(1);
  });
});
