import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readinessButton } from '../../src/bot/features/readiness.js';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { Harness, type TestChat } from '../support/harness.js';
import { labelsOf } from './helpers.js';

/**
 * A step's own reminder and a pack change, in process. The campaign is the shipped pack with one
 * more step, "Họp chi ủy chuẩn bị", due 20/04/2025 (reminded 7 and 1 days before, at 08:00). One
 * cell ticks it from its reminder and gets no second one; another cell keeps an old button. Then
 * the pack drops the step: the tick stays readable, the old button is refused, nothing is sent
 * twice across the restart.
 */
const STEP = { vi: 'Họp chi ủy chuẩn bị', en: 'Preparatory committee meeting' };

describe('step reminders and a pack that drops a step, in process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-pack-'));
  const file = join(dir, 'pack.yaml');
  // The changed pack is another file: the harness parses each campaign file once.
  const changed = join(dir, 'pack-changed.yaml');
  const shipped = parse(readFileSync(DEFAULT_CAMPAIGN, 'utf8')) as {
    checklist: { steps: Array<Record<string, unknown>> };
  };
  const writePack = (withStep: boolean, to = file) => {
    const steps = shipped.checklist.steps.filter((s) => s.id !== 'hop-chi-uy');
    if (withStep)
      steps.push({
        id: 'hop-chi-uy',
        title: STEP,
        types: ['chi-bo-co-so'],
        source: 'test pack',
        due: { date: '2025-04-20' },
      });
    // The word prior's file stays beside the shipped pack: this copy goes without one.
    const { wordPrior: _prior, ...rest } = shipped as typeof shipped & { wordPrior?: string };
    writeFileSync(to, stringify({ ...rest, checklist: { ...shipped.checklist, steps } }));
  };
  let h: Harness;
  let a: TestChat;
  let b: TestChat;
  /** The step reminders sent to a chat (sent, not as shown now: ticking edits the message into the checklist). */
  const stepReminders = (chat: TestChat) =>
    h
      .callsOf('sendMessage')
      .filter((c) => c.params.chat_id === chat.chatId)
      .map((c) => String(c.params.text))
      .filter((text) => text.startsWith('🔔') && text.includes(STEP.vi));

  beforeAll(async () => {
    writePack(true);
    h = await Harness.start({ clock: '2025-04-10T09:00:00+07:00', env: { CAMPAIGN: file } });
    a = h.chat();
    b = h.chat();
    await a.say('/dangky chi-bo-co-so Chi bộ A');
    await b.say('/dangky chi-bo-co-so Chi bộ B');
  });
  afterAll(async () => {
    await h?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reminds each cell of the step 7 days before its due, with a button that ticks it', async () => {
    h.clock.set('2025-04-13T07:59:00+07:00');
    await h.reminderPass();
    await h.drained();
    expect(stepReminders(a)).toHaveLength(0);
    h.clock.set('2025-04-13T08:00:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    const reminder = a.messages().find((m) => m.text.startsWith('🔔') && m.text.includes(STEP.vi));
    expect(reminder?.text).toContain(`Bước chuẩn bị đến hạn ngày 20/04/2025: ${STEP.vi}.`);
    expect(reminder?.text).toContain('Còn 7 ngày.');
    expect(labelsOf(reminder)).toEqual(['Đánh dấu bước này đã xong', 'Nhắc lại ngày mai']);
    expect(stepReminders(a)).toHaveLength(1);
    expect(stepReminders(b)).toHaveLength(1);
    expect((await a.press('Đánh dấu bước này đã xong')).answer).toBe(`Đã đánh dấu xong: ${STEP.vi}`);
    expect(h.deps.units.get(a.chatId)?.readiness?.['hop-chi-uy']?.by).toBe(a.userId);
    // The reminder becomes the checklist, the step ticked.
    expect(a.messages().find((m) => m.messageId === reminder?.messageId)?.text).toContain(`✅ ${STEP.vi}`);
  });

  it('sends D-1 only to the cell that has not ticked the step, once across a restart', async () => {
    await h.restart('2025-04-19T08:00:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    expect(stepReminders(a)).toHaveLength(1);
    const forB = stepReminders(b);
    expect(forB).toHaveLength(2);
    expect(forB[1]).toContain('Còn 1 ngày.');
    await h.restart('2025-04-19T08:10:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    expect(stepReminders(b)).toHaveLength(2);
  });

  it('after the pack drops the step: the tick stays readable and out of the count, an old button is refused', async () => {
    a.unread();
    b.unread();
    const total = shipped.checklist.steps.filter((s) =>
      (s.types as string[]).includes('chi-bo-co-so'),
    ).length;
    expect(await a.say('/chuanbi')).toContain(`1/${total + 1} bước đã xong`);
    writePack(false, changed);
    await h.restart('2025-04-19T10:00:00+07:00', { campaign: changed });
    const list = await a.say('/chuanbi');
    expect(list).toContain(`0/${total} bước đã xong`);
    expect(list).toContain(
      '✅ hop-chi-uy: bước này không còn trong danh sách hiện hành (ghi nhận ngày 13/04/2025)',
    );
    expect(await a.say('/trangthai')).toContain(`Chuẩn bị: 0/${total} bước đã xong.`);
    const before = JSON.stringify(h.deps.units.get(b.chatId));
    const old = await b.press({ data: readinessButton.pack(b.chatId, 'hop-chi-uy', '1') });
    expect(old.answer).toBe(
      'Bước này không còn trong danh sách chuẩn bị; không có gì thay đổi. Gõ /chuanbi để xem danh sách hiện hành.',
    );
    expect(old.showAlert).toBe(true);
    expect(JSON.stringify(h.deps.units.get(b.chatId))).toBe(before);
    // Nor is the dropped step reminded on its due day.
    h.clock.set('2025-04-20T08:00:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    expect(stepReminders(b)).toHaveLength(2);
    expect(h.errors()).toEqual([]);
  });
});
