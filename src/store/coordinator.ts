import type { Logger as CronLogger, RunCoordinator, TaskOptions } from 'node-cron';
import type { Logger } from '../logger.js';
import type { Leases } from './leases.js';

/**
 * node-cron options for a task that every replica schedules but one runs. On SQLite (one
 * process) nothing is coordinated. On a shared store each fire is claimed through the leases:
 * `perTick` lets the first replica to claim a fire run it; `sticky` keeps one replica as the
 * runner for as long as it renews (the outbox sender, whose rate limits live in its memory).
 * When the store cannot be reached node-cron skips that fire (fail-closed) and logs it; the next
 * fire catches up, since the work itself decides what is due.
 */
export function coordinated(
  leases: Leases,
  logger: Logger,
  name: string,
  mode: { kind: 'perTick'; leaseMs: number } | { kind: 'sticky'; leaseMs: number },
): Pick<TaskOptions, 'name' | 'distributed' | 'runCoordinator' | 'distributedLease' | 'logger'> {
  const log = logger.child({ task: name });
  const cronLogger: CronLogger = {
    info: (m) => log.info(m),
    warn: (m) => log.warn(m),
    error: (m, err) => log.error({ err: err ?? m }, typeof m === 'string' ? m : 'cron task error'),
    debug: (m) => log.debug(typeof m === 'string' ? m : { err: m }, 'cron'),
  };
  if (leases.kind === 'sqlite') return { name, logger: cronLogger };
  const runCoordinator: RunCoordinator =
    mode.kind === 'perTick'
      ? { shouldRun: (key, ttlMs) => leases.claim(`cron:${key}`, ttlMs) }
      : { shouldRun: () => leases.hold(`leader:${name}`, mode.leaseMs) };
  return { name, distributed: true, runCoordinator, distributedLease: mode.leaseMs, logger: cronLogger };
}
