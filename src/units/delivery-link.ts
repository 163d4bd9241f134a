import type { DeliveryHooks } from '../delivery/hooks.js';
import type { UnitsRepo } from './repo.js';

/**
 * What the sender learns about chats reaches the units: a chat that answers 403 or "chat not
 * found" goes inactive (a user's chat, positive id: blocked; a group: the bot was removed), and a
 * group that became a supergroup takes its unit along.
 */
export function linkDelivery(hooks: DeliveryHooks, units: UnitsRepo): void {
  hooks.on('onChatGone', (chatId) => units.markGone(chatId, chatId > 0 ? 'blocked' : 'removed'));
  hooks.on('onChatMigrated', (oldChatId, newChatId) => units.migrate(oldChatId, newChatId));
}
