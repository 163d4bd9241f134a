import type { Telegraf } from 'telegraf';
import type { BotContext } from '../bot/context.js';
import type { Logger } from '../logger.js';
import type { Leases } from '../store/leases.js';

/** How long an update id is remembered; Telegram redelivers within minutes. */
const UPDATE_DEDUPE_MS = 15 * 60_000;

export interface UpdateGate {
  /** Updates being handled now. */
  readonly inFlight: number;
  /** Resolves when no update is being handled, or after `ms`, whichever comes first. */
  drained(ms: number): Promise<void>;
}

/**
 * The door every update passes, from polling (telegraf calls `bot.handleUpdate`) or the webhook:
 * 1. Telegram redelivers an update whose webhook call timed out, possibly to another replica: the
 *    first replica to claim its id handles it, the others drop it.
 * 2. Updates in flight are counted, so that shutdown can let them finish.
 */
export function gateUpdates(bot: Telegraf<BotContext>, leases: Leases, logger: Logger): UpdateGate {
  let inFlight = 0;
  const waiters = new Set<() => void>();
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, res) => {
    inFlight++;
    try {
      if (!(await leases.claim(`update:${update.update_id}`, UPDATE_DEDUPE_MS))) {
        logger.info({ update_id: update.update_id }, 'duplicate update dropped');
        return;
      }
      await handle(update, res);
    } finally {
      inFlight--;
      if (inFlight === 0) for (const wake of waiters) wake();
    }
  };
  return {
    get inFlight() {
      return inFlight;
    },
    drained(ms) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiters.add(done);
      });
    },
  };
}
