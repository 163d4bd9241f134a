import type { Logger } from '../logger.js';
import { classifySendError } from './errors.js';
import type { Outbox, OutboxItem } from './outbox.js';
import type { DeliveryEvents } from './sender.js';

/** What the sender lends to the handling of one failed send. */
export interface FailureContext {
  outbox: Outbox;
  logger: Logger;
  now: number;
  backoff: { baseMs: number; capMs: number; maxFailures: number };
  /** The chat's spacing: a 429 pushes its next send back. */
  chat: { nextAt: number };
  events: DeliveryEvents;
  /** Records a 429 for `chatId`; true when it counts as the bot-wide limit (all sends wait until `until`). */
  flood(chatId: number, until: number): boolean;
  emit(name: keyof DeliveryEvents, call: () => Promise<void> | void): Promise<void>;
}

type Verdict = ReturnType<typeof classifySendError>;

/** 5xx, network errors, timeouts: backoff with jitter, dead after `maxFailures`. */
async function transient(item: OutboxItem, verdict: Verdict & { kind: 'transient' }, c: FailureContext) {
  const log = { id: item.id, chatId: item.chatId, batchId: item.batchId, reason: verdict.reason };
  const failures = (item.transientFailures ?? 0) + 1;
  const { baseMs, capMs, maxFailures } = c.backoff;
  if (failures >= maxFailures) {
    c.logger.error(log, 'giving up after repeated failures');
    await c.outbox.markDead(item, `gave up after ${failures} failures: ${verdict.reason}`, verdict.code);
    return;
  }
  // Jitter spreads the retries of a whole batch hit by one outage.
  const delay = Math.min(capMs, baseMs * 2 ** (failures - 1)) * (0.8 + 0.4 * Math.random());
  c.logger.warn({ ...log, failures, retryInMs: Math.round(delay) }, 'send failed; will retry');
  await c.outbox.markRetry(item, {
    at: c.now + delay,
    reason: verdict.reason,
    ...(verdict.code !== undefined ? { code: verdict.code } : {}),
    countsAsFailure: true,
  });
}

/** What a failed send does to its item and chat, by the kind of error (README, Delivery). */
export async function handleSendFailure(item: OutboxItem, err: unknown, c: FailureContext): Promise<void> {
  const verdict = classifySendError(err);
  const { outbox, logger } = c;
  const log = { id: item.id, chatId: item.chatId, batchId: item.batchId, reason: verdict.reason };
  try {
    switch (verdict.kind) {
      case 'flood': {
        const at = c.now + verdict.retryAfterMs;
        c.chat.nextAt = Math.max(c.chat.nextAt, at);
        if (c.flood(item.chatId, at)) {
          logger.warn({ ...log, until: new Date(at).toISOString() }, 'bot-wide 429: pausing all sends');
        } else {
          logger.warn(log, '429 for this chat: waiting retry_after');
        }
        await outbox.markRetry(item, { at, reason: verdict.reason, code: 429, countsAsFailure: false });
        return;
      }
      case 'transient':
        await transient(item, verdict, c);
        return;
      case 'gone': {
        logger.info(log, 'chat unreachable: dropping its messages');
        const chatId = item.chatId;
        await outbox.markDead(item, verdict.reason, verdict.code);
        // Its other messages would fail the same way: spare the requests.
        for (let next = outbox.head(chatId); next; next = outbox.head(chatId)) {
          await outbox.markDead(next, verdict.reason, verdict.code);
        }
        await c.emit('onChatGone', () => c.events.onChatGone?.(chatId, verdict.reason));
        return;
      }
      case 'migrated': {
        const from = item.chatId;
        if (item.migratedFrom !== undefined) {
          await outbox.markDead(item, `migrated twice: ${verdict.reason}`, verdict.code);
        } else {
          logger.info({ ...log, to: verdict.to }, 'group migrated: resending to the supergroup');
          await outbox.moveChat(item, verdict.to);
        }
        await c.emit('onChatMigrated', () => c.events.onChatMigrated?.(from, verdict.to));
        return;
      }
      case 'rejected': {
        logger.warn(log, 'message refused by the Bot API');
        await outbox.markDead(item, verdict.reason, verdict.code);
        return;
      }
    }
  } catch (storeErr) {
    logger.error({ err: storeErr, ...log }, 'outbox write failed after a failed send');
  }
}
