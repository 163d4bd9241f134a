import type { Step } from '../knowledge/checklist.js';
import type { Pack } from '../knowledge/pack.js';
import { isActive, type Unit } from '../units/unit.js';

export interface StepCount {
  step: Step;
  /** Active units (of the given ones) that have ticked the step. */
  done: number;
  /** Active units whose type has the step. */
  of: number;
}

/** Per step of the pack's checklist: how many of `units` (already scoped) must do it and have. */
export function readinessByStep(pack: Pack, units: Iterable<Unit>): StepCount[] {
  const counts = pack.checklist.steps.map((step) => ({ step, done: 0, of: 0 }));
  for (const unit of units) {
    if (!isActive(unit)) continue;
    for (const c of counts) {
      if (!c.step.types.includes(unit.type)) continue;
      c.of++;
      if (unit.readiness?.[c.step.id] !== undefined) c.done++;
    }
  }
  return counts;
}
