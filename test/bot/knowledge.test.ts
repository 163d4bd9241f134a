import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { labelsOf } from './helpers.js';

describe('knowledge base, in process', () => {
  let h: Harness;
  beforeAll(async () => {
    // 2026: the campaign is over, so every window reads as passed.
    h = await Harness.start({ clock: '2026-03-02T09:00:00+07:00', env: { ADMIN_IDS: '4242' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('gives the same answer to a question with and without diacritics, with its source', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('Đại hội gồm những nội dung gì?');
    const marked = await chat.reply();
    await chat.send('dai hoi gom nhung noi dung gi');
    const plain = await chat.reply();
    expect(plain.text).toBe(marked.text);
    expect(marked.text).toContain('Bầu đoàn đại biểu dự đại hội đảng bộ cấp trên');
    expect(marked.text).toContain(
      'Nguồn: bài về Hội nghị quán triệt của Quận ủy Hai Bà Trưng ngày 23/10/2024',
    );
    expect(marked.text).toContain('Văn bản liên quan: Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị');
    expect(marked.text).toContain('đã được thay thế bởi Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị');
    expect(labelsOf(marked)).toContain('Hai báo cáo trình đại hội');
  });

  it('refuses an out-of-scope question with the no-answer reply and three topic buttons', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('Thời tiết Hà Nội ngày mai thế nào?');
    const reply = await chat.reply();
    expect(reply.text).toContain('chưa tìm thấy câu trả lời');
    expect(reply.text).not.toContain('Nguồn:');
    expect(labelsOf(reply)).toHaveLength(3);
  });

  it('opens a related topic from its button', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('/noidung');
    await chat.reply();
    await chat.press('Hai báo cáo trình đại hội');
    const reply = await chat.reply();
    expect(reply.text).toContain('Báo cáo chính trị của đảng bộ, chi bộ');
    expect(reply.text).toContain('Nguồn:');
  });

  it('answers an English question in English', async () => {
    const chat = h.chat({ languageCode: 'en' });
    await chat.send('what must a party congress cover?');
    const reply = await chat.reply();
    expect(reply.text).toContain('Elect the Executive Committee');
    expect(reply.text).toContain('Documents: Directive 35-CT/TW of the Politburo, 14 June 2024');
    expect(reply.text).toContain('was replaced by Directive 45-CT/TW');
  });

  it('shows the timeline as passed in 2026, quoting the source wording', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('/lichtrinh');
    const reply = await chat.reply();
    expect(reply.text).toContain(
      '"bắt đầu thực hiện từ tháng 04/2025, hoàn thành trước ngày 30/6/2025" (01/04/2025 - 29/06/2025): đã qua',
    );
    expect(reply.text).not.toContain('còn ');
  });

  it('answers a forged or stale topic button politely', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    for (const data of ['kb:khong-co-chu-de-nay', 'kb:../../etc'])
      expect((await chat.press({ data })).answer, data).toContain('Chủ đề này không còn');
    expect(chat.unread()).toEqual([]);
  });

  it('lists unanswered questions to staff only, without names', async () => {
    const member = h.chat({ languageCode: 'vi', firstName: 'Nguyen Van A' });
    await member.send('giá vé xem bóng đá bao nhiêu');
    await member.reply();
    await member.send('/cauhoimoi');
    expect((await member.reply()).text).toContain('Lệnh này dành cho cán bộ Ban Tổ chức');
    const staff = h.chat({ userId: 4242, languageCode: 'vi' });
    await staff.send('/cauhoimoi');
    const list = await staff.reply();
    expect(list.text).toContain('giá vé xem bóng đá bao nhiêu');
    expect(list.text).not.toContain('Nguyen Van A');
  });

  it('answers the part of a two-part question it can, says which part it cannot, and files that part', async () => {
    const member = h.chat({ languageCode: 'vi' });
    await member.send(
      'Đảng viên bị khiển trách thì xử lý ra sao, và đại hội chi bộ trực thuộc phải xong trước ngày nào?',
    );
    const reply = await member.reply();
    expect(reply.text).toContain('Thời gian đại hội theo loại tổ chức đảng');
    expect(reply.text).toContain(
      'Phần «Đảng viên bị khiển trách thì xử lý ra sao» của câu hỏi: bot chưa tìm thấy câu trả lời trong tài liệu về đại hội',
    );
    const staff = h.chat({ userId: 4242, languageCode: 'vi' });
    await staff.send('/cauhoimoi');
    expect((await staff.reply()).text).toContain('Đảng viên bị khiển trách thì xử lý ra sao');
  });

  it('in a group answers /hoi but stays silent on plain chatter', async () => {
    const group = h.chat({ chatId: -2002, type: 'group', languageCode: 'vi' });
    await group.send('chào cả nhà, mai họp chi bộ nhé');
    expect(group.unread()).toEqual([]);
    await group.send('/hoi báo cáo chính trị cần đạt yêu cầu gì');
    expect((await group.reply()).text).toContain('Báo cáo chính trị');
  });
});
