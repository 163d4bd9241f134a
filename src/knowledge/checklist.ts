import { z } from 'zod';
import { isoDate, slug, text } from './schema-parts.js';

/**
 * The pack's readiness checklist: what each unit must get done before its congress, as data.
 * A new campaign is a new list; `pack:check` validates it (see `checkChecklist`). Kept apart from
 * pack.ts so that the knowledge schema and the checklist can change independently.
 */

/**
 * When a step is due: a calendar day, or a number of days from the unit's congress window
 * (its first or last day) or from the unit's own congress date (negative: before it).
 */
export const stepDueSchema = z.union([
  z.object({ date: isoDate }).strict(),
  z
    .object({
      from: z.enum(['window-first', 'window-last', 'congress']),
      days: z.number().int().min(-365).max(365),
    })
    .strict(),
]);

export const stepSchema = z.object({
  /** Stored in units' records: never reuse an id for a different step. */
  id: slug,
  title: text,
  /** The unit types that must do this step. */
  types: z.array(slug).min(1),
  /** Where the step comes from (the source's own wording, and which source). */
  source: z.string().min(1),
  due: stepDueSchema.optional(),
  /** The topic that explains the step (opened from the checklist). */
  topic: slug.optional(),
});

export const checklistSchema = z.object({
  /** Days before a step's due on which its own reminder is sent (0 = on the due day). */
  beforeDays: z.array(z.number().int().min(0).max(365)).default([7, 1]),
  steps: z.array(stepSchema).default([]),
});

export type Step = z.infer<typeof stepSchema>;
export type StepDue = z.infer<typeof stepDueSchema>;
export type Checklist = z.infer<typeof checklistSchema>;

type Issue = (path: Array<string | number>, message: string) => void;

/**
 * A step id travels in button data (the step's own button, its reminder's snooze button as
 * `buoc-<id>-<YYYYMMDD>`, the broadcast audience `s.<id>`), all under Telegram's 64 bytes.
 */
export const MAX_STEP_ID = 36;

/** Step ids are unique and short; unit types and topics named exist; every step names its source. */
export function checkChecklist(
  checklist: Checklist,
  known: { types: Set<string>; topics: Set<string> },
  issue: Issue,
): void {
  const seen = new Set<string>();
  checklist.steps.forEach((step, i) => {
    if (seen.has(step.id)) issue(['checklist', 'steps', i, 'id'], `duplicate step id ${step.id}`);
    seen.add(step.id);
    if (step.id.length > MAX_STEP_ID)
      issue(['checklist', 'steps', i, 'id'], `step id ${step.id} is over ${MAX_STEP_ID} characters`);
    step.types.forEach((t, j) => {
      if (!known.types.has(t)) issue(['checklist', 'steps', i, 'types', j], `unknown unit type ${t}`);
    });
    if (step.topic !== undefined && !known.topics.has(step.topic))
      issue(['checklist', 'steps', i, 'topic'], `unknown topic ${step.topic}`);
    if (step.source.trim() === '') issue(['checklist', 'steps', i, 'source'], 'a step names its source');
  });
}

/** The steps a unit of this type must do, in the pack's order. */
export function stepsFor(checklist: Checklist, type: string): Step[] {
  return checklist.steps.filter((s) => s.types.includes(type));
}
