import { type Day, positionIn } from '../calendar.js';
import { congressWindow, type Pack, type Window } from '../knowledge/pack.js';
import type { Unit } from '../units/unit.js';

/**
 * Where a unit stands in the campaign on a given day: its congress held (done), its congress
 * window passed without it (late), the window open, or not yet open (upcoming).
 */
export type Standing = 'done' | 'late' | 'open' | 'upcoming';

export interface UnitStanding {
  standing: Standing;
  window: Window | undefined;
  /** Days from today to the window's last day: 0 on the last day, negative once passed. */
  daysLeft: number;
}

export function standingOf(pack: Pack, unit: Unit, today: Day): UnitStanding {
  const window = congressWindow(pack, unit.type, unit.pilot);
  if (!window) return { standing: unit.doneAt ? 'done' : 'open', window, daysLeft: 0 };
  const pos = positionIn(window, today);
  if (unit.doneAt) return { standing: 'done', window, daysLeft: pos.daysLeft };
  const standing: Standing = pos.phase === 'passed' ? 'late' : pos.phase === 'open' ? 'open' : 'upcoming';
  return { standing, window, daysLeft: pos.daysLeft };
}

/** Who a broadcast goes to. Every choice is among active units only. */
export type AudienceSpec =
  | { kind: 'all' }
  | { kind: 'type'; type: string }
  | { kind: 'not-done' }
  | { kind: 'late' }
  | { kind: 'pilot' }
  /** Units whose type has this checklist step and that have not ticked it. */
  | { kind: 'step-open'; step: string };

/** A compact form for callback data and the store: `all`, `t.chi-bo-co-so`, `not-done`, `late`, `pilot`. */
export function encodeAudience(spec: AudienceSpec): string {
  if (spec.kind === 'step-open') return `s.${spec.step}`;
  return spec.kind === 'type' ? `t.${spec.type}` : spec.kind;
}

export function decodeAudience(code: string, pack: Pack): AudienceSpec | undefined {
  if (code === 'all' || code === 'not-done' || code === 'late' || code === 'pilot') return { kind: code };
  if (code.startsWith('t.')) {
    const type = code.slice(2);
    return pack.unitTypes.some((t) => t.code === type) ? { kind: 'type', type } : undefined;
  }
  if (code.startsWith('s.')) {
    const step = code.slice(2);
    return pack.checklist.steps.some((s) => s.id === step) ? { kind: 'step-open', step } : undefined;
  }
  return undefined;
}

/** The active units an audience names, on `today`. */
export function selectAudience(spec: AudienceSpec, active: Unit[], pack: Pack, today: Day): Unit[] {
  const units = active.filter((u) => u.active);
  switch (spec.kind) {
    case 'all':
      return units;
    case 'type':
      return units.filter((u) => u.type === spec.type);
    case 'not-done':
      return units.filter((u) => !u.doneAt);
    case 'late':
      return units.filter((u) => standingOf(pack, u, today).standing === 'late');
    case 'pilot':
      return units.filter((u) => u.pilot);
    case 'step-open': {
      const types = pack.checklist.steps.find((s) => s.id === spec.step)?.types ?? [];
      return units.filter((u) => types.includes(u.type) && u.readiness?.[spec.step] === undefined);
    }
  }
}

/** Every audience choice offered to staff, in button order. */
export function audienceChoices(pack: Pack): AudienceSpec[] {
  return [
    { kind: 'all' },
    ...pack.unitTypes.map((t): AudienceSpec => ({ kind: 'type', type: t.code })),
    { kind: 'not-done' },
    { kind: 'late' },
    { kind: 'pilot' },
    ...pack.checklist.steps.map((s): AudienceSpec => ({ kind: 'step-open', step: s.id })),
  ];
}
