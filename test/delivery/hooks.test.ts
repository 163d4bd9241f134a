import { describe, expect, it } from 'vitest';
import { DeliveryHooks } from '../../src/delivery/hooks.js';

describe('DeliveryHooks', () => {
  it('calls every listener in order, even after one fails, then reports the failure', async () => {
    const hooks = new DeliveryHooks();
    const calls: string[] = [];
    hooks.on('onChatGone', (chatId) => {
      calls.push(`first ${chatId}`);
      throw new Error('boom');
    });
    const off = hooks.on('onChatGone', async (chatId, reason) => {
      calls.push(`second ${chatId} ${reason}`);
    });
    await expect(hooks.events.onChatGone(-5, '403: Forbidden')).rejects.toThrow('boom');
    expect(calls).toEqual(['first -5', 'second -5 403: Forbidden']);

    off();
    calls.length = 0;
    await expect(hooks.events.onChatGone(-6, 'x')).rejects.toThrow('boom');
    expect(calls).toEqual(['first -6']);
  });

  it('does nothing when nobody listens', async () => {
    const hooks = new DeliveryHooks();
    await expect(hooks.events.onChatMigrated(-1, -100)).resolves.toBeUndefined();
  });
});
