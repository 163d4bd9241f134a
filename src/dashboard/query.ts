import { z } from 'zod';
import { orgId } from '../bot/features/org-names.js';
import { slug } from '../knowledge/schema-parts.js';
import { STATUSES } from '../staff/stats.js';

/** A request line longer than this is refused before its parameters are read. */
export const MAX_URL = 2048;

export const SORTS = ['name', 'type', 'org', 'status', 'deadline', 'readiness', 'registered'] as const;
export type Sort = (typeof SORTS)[number];

export const PAGE_SIZE = { default: 25, max: 100 } as const;

const code = slug.max(60);

/** Every view takes the organisation whose subtree it shows (default: the caller's own). */
export const orgQuery = z.strictObject({ org: orgId.optional() });

/** The unit table: search, filters, sorting, paging. The download takes the same, without paging. */
export const unitsQuery = z.strictObject({
  org: orgId.optional(),
  q: z.string().trim().max(100).optional(),
  type: code.optional(),
  status: z.enum(STATUSES).optional(),
  step: code.optional(),
  /** With `step`: the units that have done it, or (default) those that have not. */
  stepState: z.enum(['done', 'open']).optional(),
  sort: z.enum(SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  size: z.coerce.number().int().min(1).max(PAGE_SIZE.max).default(PAGE_SIZE.default),
});
export type UnitsQuery = z.infer<typeof unitsQuery>;

/** The download: the table's filters and sort, every page. */
export const exportQuery = unitsQuery.omit({ page: true, size: true });

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The query string against a schema. A parameter given twice is refused rather than one copy
 * silently chosen; the error names the first offending parameter, never echoes its value.
 */
export function parseQuery<T>(params: URLSearchParams, schema: z.ZodType<T>): Parsed<T> {
  const record: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in record) return { ok: false, error: `parameter given twice: ${key.slice(0, 20)}` };
    record[key] = value;
  }
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const name = issue?.path[0] ?? (issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
  return { ok: false, error: `bad parameter: ${String(name ?? '?').slice(0, 20)}` };
}
