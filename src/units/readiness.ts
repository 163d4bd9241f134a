import { addDay, type Day } from '../calendar.js';
import { type Step, stepsFor } from '../knowledge/checklist.js';
import { congressWindow, type Pack } from '../knowledge/pack.js';
import { isRegistered, type Unit } from './unit.js';

/**
 * Readiness rules without Telegram: which steps a unit has, when each is due, how far the unit
 * has got, and what ticking a step does to its record.
 */

/** The steps of the unit's type, in the pack's order. */
export function unitSteps(pack: Pack, unit: Pick<Unit, 'type'>): Step[] {
  return stepsFor(pack.checklist, unit.type);
}

export function isStepDone(unit: Unit, stepId: string): boolean {
  return unit.readiness?.[stepId] !== undefined;
}

/** The step's due day for this unit; undefined when it has none (or it hangs on a date not set). */
export function dueOf(
  step: Step,
  unit: Pick<Unit, 'type' | 'pilot' | 'congressDate'>,
  pack: Pack,
): Day | undefined {
  const due = step.due;
  if (!due) return undefined;
  if ('date' in due) return due.date;
  if (due.from === 'congress') return unit.congressDate ? addDay(unit.congressDate, due.days) : undefined;
  const window = congressWindow(pack, unit.type, unit.pilot);
  if (!window) return undefined;
  return addDay(due.from === 'window-first' ? window.first : window.last, due.days);
}

export interface Progress {
  done: number;
  total: number;
  /** Open steps, those due soonest first (steps without a due after, in the pack's order). */
  open: Array<{ step: Step; due: Day | undefined }>;
  /** Ticked entries whose step the pack no longer has for this type (history, not counted). */
  retired: Array<{ id: string; by: number; at: string }>;
}

/** Sorts steps: those with a due first, soonest first; then the rest in the pack's order. */
export function byDue<T extends { due: Day | undefined }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      if (a.item.due && b.item.due)
        return a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : a.i - b.i;
      if (a.item.due) return -1;
      if (b.item.due) return 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}

export function progressOf(unit: Unit, pack: Pack): Progress {
  const steps = unitSteps(pack, unit);
  const ids = new Set(steps.map((s) => s.id));
  const open = byDue(
    steps.filter((s) => !isStepDone(unit, s.id)).map((step) => ({ step, due: dueOf(step, unit, pack) })),
  );
  const retired = Object.entries(unit.readiness ?? {})
    .filter(([id]) => !ids.has(id))
    .map(([id, t]) => ({ id, by: t.by, at: t.at }));
  return { done: steps.length - open.length, total: steps.length, open, retired };
}

export type StepChange =
  | { kind: 'ok'; unit: Unit; done: boolean }
  /** Already in the asked state (a replayed button): nothing changes. */
  | { kind: 'unchanged'; done: boolean }
  | { kind: 'not-registered' }
  /** The pack has no such step at all (a forged button, or one removed by a pack change). */
  | { kind: 'unknown-step' }
  /** The step exists but not for this unit's type. */
  | { kind: 'not-for-type' }
  /** The congress is marked done: the checklist is closed. */
  | { kind: 'congress-done' };

/** Ticks (`done` true) or unticks a step of the unit, recording who and when. */
export function setStep(
  unit: Unit | undefined,
  pack: Pack,
  stepId: string,
  done: boolean,
  by: number,
  now: Date,
): StepChange {
  if (!isRegistered(unit)) return { kind: 'not-registered' };
  const step = pack.checklist.steps.find((s) => s.id === stepId);
  if (!step) return { kind: 'unknown-step' };
  if (!step.types.includes(unit.type)) return { kind: 'not-for-type' };
  if (unit.doneAt) return { kind: 'congress-done' };
  if (isStepDone(unit, stepId) === done) return { kind: 'unchanged', done };
  const readiness = { ...(unit.readiness ?? {}) };
  if (done) readiness[stepId] = { by, at: now.toISOString() };
  else delete readiness[stepId];
  return { kind: 'ok', done, unit: { ...unit, readiness, updatedAt: now.toISOString() } };
}
