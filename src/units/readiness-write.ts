import type { Pack } from '../knowledge/pack.js';
import { type StepChange, setStep } from './readiness.js';
import type { UnitsRepo } from './repo.js';

/** Where a tick is recorded (the staff audit log); kept as an interface so units need no staff code. */
export interface StepAudit {
  record(entry: {
    userId: number | undefined;
    chatId: number | undefined;
    action: string;
    outcome: 'ok' | 'refused';
    detail?: Record<string, string | number | boolean>;
  }): Promise<unknown>;
}

/**
 * Ticks or unticks a step through the unit's write path (serialised per unit, published on the
 * change feed by the repo), deciding on the record as it is inside the chain, and records the
 * outcome (done, undone or the refusal) in the audit log.
 */
export async function changeStep(
  units: UnitsRepo,
  pack: Pack,
  audit: StepAudit | undefined,
  change: { chatId: number; stepId: string; done: boolean; by: number; now: () => Date },
): Promise<StepChange> {
  let result = { kind: 'not-registered' } as StepChange;
  await units.update(change.chatId, (current) => {
    result = setStep(current, pack, change.stepId, change.done, change.by, change.now());
    return result.kind === 'ok' ? result.unit : current;
  });
  await audit?.record({
    userId: change.by,
    chatId: change.chatId,
    action: change.done ? 'readiness.tick' : 'readiness.untick',
    outcome: result.kind === 'ok' || result.kind === 'unchanged' ? 'ok' : 'refused',
    detail: { step: change.stepId, result: result.kind },
  });
  return result;
}
