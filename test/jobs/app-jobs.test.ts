import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { makeUnitRecord } from '../support/units.js';

const botInfo = {
  id: 42,
  is_bot: true as const,
  first_name: 'Đại hội',
  username: 'daihoi_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};

describe('the app’s jobs, run by hand', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.stop('test over');
    app = undefined;
  });

  it('runs the reminder pass on the manual clock and resolves once it has queued the reminder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daihoi-jobs-'));
    const config = parseConfig({
      BOT_TOKEN: '123456:ABC-def_1',
      STORE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
    });
    const clock = new ManualClock('2025-06-22T06:00:00+07:00');
    app = await createApp(config, {
      clock,
      logger: createLogger({ level: 'silent' }),
      botInfo,
      manualJobs: true,
    });
    expect(app.jobs.names).toEqual(['reminders', 'sender', 'staff', 'retention']);
    await app.deps.units.update(-100, () =>
      makeUnitRecord({ chatId: -100, chatType: 'supergroup', registeredAt: '2025-06-22T05:00:00+07:00' }),
    );
    expect(await app.jobs.run('reminders')).toBe(true);
    expect(app.deps.outbox.pendingCount).toBe(0);
    clock.set('2025-06-22T08:00:30+07:00');
    expect(await app.jobs.run('reminders')).toBe(true);
    expect(app.deps.outbox.pendingCount).toBe(1);
  });
});
