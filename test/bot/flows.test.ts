import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';

const CLOCK = '2026-03-01T01:00:00Z';

describe('guided flows, routed by the chat’s stored pending step', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ clock: CLOCK });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends the name the bot asked for to the registration, not to the knowledge base', async () => {
    const chat = h.chat();
    await chat.send('/dangky');
    await chat.press('chi bộ cơ sở');
    chat.unread();
    // A text that reads like a question: without a pending step it would be answered as one.
    expect(await chat.say('Đại hội gồm những nội dung gì')).toContain('tổ chức cấp trên');
    expect(await chat.say('Đại hội gồm những nội dung gì')).toContain('đại hội điểm');
    // Nothing pending any more: the same text is a question again.
    await chat.press('Không');
    chat.unread();
    expect(await chat.say('Đại hội gồm những nội dung gì')).toContain('Nguồn:');
  });

  it('continues a flow after a restart (another replica reads the same stored step)', async () => {
    const chat = h.chat();
    await chat.send('/dangky');
    await chat.press('đảng bộ cơ sở');
    await h.restart(CLOCK);
    chat.unread();
    expect(await chat.say('Đảng bộ phường Đồng Nhân')).toContain('tổ chức cấp trên');
  });

  it('keeps one administrator’s step from taking another’s text in the same group', async () => {
    const group = -7_100;
    const first = h.chat({ chatId: group, userId: 7_101, type: 'group' });
    const second = h.chat({ chatId: group, userId: 7_102, type: 'group' });
    h.telegram.setMember(group, 7_101, 'administrator');
    h.telegram.setMember(group, 7_102, 'administrator');
    await first.send('/dangky');
    await first.press('chi bộ cơ sở');
    second.unread();
    await second.send('chào cả nhà');
    expect(second.unread()).toEqual([]);
    first.unread();
    expect(await first.say('Chi bộ nhóm 2')).toContain('tổ chức cấp trên');
  });

  it('forgets a step once it expires: the text goes on as plain text', async () => {
    const chat = h.chat();
    await chat.send('/dangky');
    await chat.press('chi bộ cơ sở');
    h.clock.advance(31 * 60_000);
    chat.unread();
    expect(await chat.say('Đại hội gồm những nội dung gì')).toContain('Nguồn:');
  });
});
