export { classifySendError, type Verdict } from './errors.js';
export { DeliveryHooks } from './hooks.js';
export {
  type BatchCounts,
  isPending,
  Outbox,
  type OutboxButton,
  type OutboxItem,
  type OutboxMessage,
  type OutboxState,
  outboxId,
} from './outbox.js';
export { type DeliveryEvents, type SendApi, Sender, type SenderOptions } from './sender.js';
