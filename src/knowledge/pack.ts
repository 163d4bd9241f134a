import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The campaign pack: everything the bot knows about one campaign (documents, topics, unit types,
 * deadline windows, reminder policy), as data in config/. Editable without code; validated here.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens');

export const documentSchema = z.object({
  id: slug,
  number: z.string().min(1),
  date: isoDate,
  issuer: text,
  title: text,
  /** How a reply names it on first mention, e.g. "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị". */
  cite: text,
  status: z.enum(['in-force', 'superseded', 'unconfirmed']),
  supersededBy: slug.optional(),
  supersededOn: isoDate.optional(),
  note: text.optional(),
  /** Where the facts about this document were read (a public page, or the conference article). */
  sources: z.array(z.string().min(1)).min(1),
});

export const topicSchema = z.object({
  id: slug,
  title: text,
  /** The answer, short enough for a phone: the answer first, then details. */
  body: text,
  questions: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  /** Words and phrases members use for this topic; a bare number (203) is read as text. */
  keywords: z.array(z.union([z.string(), z.number().transform(String)])).default([]),
  related: z.array(slug).default([]),
  documents: z.array(slug).min(1, 'every topic names the documents it rests on'),
  /** A source that is not one of the documents (the conference, a newspaper), shown under "Nguồn:". */
  via: text.optional(),
  /** A block the bot computes and appends: deadline windows (with days left or passed), or the documents. */
  show: z.enum(['timeline', 'pilots', 'preparation', 'documents']).optional(),
});

export const unitTypeSchema = z.object({
  code: slug,
  name: text,
  /** Short form for tables (CBTT, CBCS, ĐBCS). */
  short: z.string().min(1).max(8),
});

export const windowSchema = z.object({
  id: slug,
  /** congress: the unit's own congress window (one per unit); preparation: work before it. */
  kind: z.enum(['congress', 'preparation']),
  title: text,
  /** The source's own wording, quoted beside the computed dates. */
  wording: text,
  /** First and last day, both inclusive, in the bot's TIMEZONE. "trước ngày 30/6/2025" ends on 29/06/2025. */
  first: isoDate,
  last: isoDate,
  /** True when the source gives only an approximate time ("đầu quý I/2025"). */
  approximate: z.boolean().default(false),
  appliesTo: z.object({
    types: z.array(slug).min(1),
    /** true: only pilot units; false: only non-pilot units; absent: both. */
    pilot: z.boolean().optional(),
  }),
  documents: z.array(slug).min(1),
});

export const reminderPolicySchema = z.object({
  sendHour: z.number().int().min(0).max(23).default(8),
  onOpen: z.boolean().default(true),
  /** Days before the last day of a window (0 = on the last day). */
  beforeDays: z.array(z.number().int().min(0).max(365)).default([30, 14, 7, 3, 1, 0]),
  /** Days after the last day, while the unit has not marked its congress done. */
  afterDays: z.array(z.number().int().min(1).max(365)).default([1, 7]),
  /** Days before the unit's own congress date. */
  beforeCongressDays: z.array(z.number().int().min(1).max(60)).default([7, 3, 1]),
  /**
   * Catch-up after downtime: an overdue reminder missed by a day or more is still sent until this
   * many days after the window's last day; later, it is skipped and logged (DESIGN.md, Time semantics).
   */
  catchUpGraceDays: z.number().int().min(0).max(365).default(7),
});

export const packSchema = z
  .object({
    campaign: z.object({
      id: slug,
      title: text,
      /** Who issued the campaign locally, e.g. the district party committee. */
      organiser: text,
    }),
    documents: z.array(documentSchema).min(1),
    unitTypes: z.array(unitTypeSchema).min(1),
    windows: z.array(windowSchema).min(1),
    reminders: reminderPolicySchema.default({
      sendHour: 8,
      onOpen: true,
      beforeDays: [30, 14, 7, 3, 1, 0],
      afterDays: [1, 7],
      beforeCongressDays: [7, 3, 1],
      catchUpGraceDays: 7,
    }),
    /** Abbreviations and synonyms members type: "dh" -> "đại hội". */
    synonyms: z.record(z.string(), z.array(z.string())).default({}),
    topics: z.array(topicSchema).default([]),
    /** Words and phrases that mark a question as out of scope (weather, prices, sport…): always refused. */
    offTopic: z.array(z.string().min(1)).default([]),
  })
  .superRefine((pack, ctx) => {
    // Cross-references: every id named must exist, once.
    const unique = (items: Array<{ id?: string; code?: string }>, path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const id = item.id ?? item.code ?? '';
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i], message: `duplicate id ${id}` });
        seen.add(id);
      });
    };
    unique(pack.documents, 'documents');
    unique(pack.unitTypes, 'unitTypes');
    unique(pack.windows, 'windows');
    unique(pack.topics, 'topics');
    const docs = new Set(pack.documents.map((d) => d.id));
    const types = new Set(pack.unitTypes.map((t) => t.code));
    const topics = new Set(pack.topics.map((t) => t.id));
    const refs = (ids: string[], known: Set<string>, what: string, path: Array<string | number>) => {
      ids.forEach((id, i) => {
        if (!known.has(id))
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown ${what} ${id}` });
      });
    };
    pack.documents.forEach((d, i) => {
      if (d.supersededBy) refs([d.supersededBy], docs, 'document', ['documents', i, 'supersededBy']);
      if (d.status === 'superseded' && !d.supersededBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i, 'supersededBy'],
          message: 'a superseded document names its successor',
        });
      }
    });
    pack.windows.forEach((w, i) => {
      refs(w.documents, docs, 'document', ['windows', i, 'documents']);
      refs(w.appliesTo.types, types, 'unit type', ['windows', i, 'appliesTo', 'types']);
      if (w.last < w.first)
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'last'],
          message: 'last day is before the first day',
        });
    });
    pack.topics.forEach((t, i) => {
      refs(t.documents, docs, 'document', ['topics', i, 'documents']);
      refs(t.related, topics, 'topic', ['topics', i, 'related']);
    });
    // Every unit, pilot or not, has exactly one congress window.
    for (const type of pack.unitTypes) {
      for (const pilot of [false, true]) {
        const n = pack.windows.filter(
          (w) =>
            w.kind === 'congress' &&
            w.appliesTo.types.includes(type.code) &&
            (w.appliesTo.pilot ?? pilot) === pilot,
        ).length;
        if (n !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows'],
            message: `unit type ${type.code} (${pilot ? 'pilot' : 'not pilot'}) has ${n} congress windows; expected exactly 1`,
          });
        }
      }
    }
  });

export type Pack = z.infer<typeof packSchema>;
export type PackDocument = z.infer<typeof documentSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type UnitType = z.infer<typeof unitTypeSchema>;
export type Window = z.infer<typeof windowSchema>;
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

export class PackError extends Error {}

/** Parses pack text; a problem throws a PackError naming the file, the path in it and the problem. */
export function parsePack(source: string, file = 'pack'): Pack {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (err) {
    throw new PackError(
      `${basename(file)}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
    );
  }
  const result = packSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 20)
      .map((i) => `${basename(file)}: ${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`);
    throw new PackError(lines.join('\n'));
  }
  return result.data;
}

export function loadPack(file: string): Pack {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PackError(
      `${file}: cannot read the campaign pack: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  return parsePack(source, file);
}

/** The windows that apply to a unit of this type, pilot or not. */
export function windowsFor(pack: Pack, type: string, pilot: boolean): Window[] {
  return pack.windows.filter(
    (w) => w.appliesTo.types.includes(type) && (w.appliesTo.pilot ?? pilot) === pilot,
  );
}

/** The unit's own congress window (the pack guarantees exactly one). */
export function congressWindow(pack: Pack, type: string, pilot: boolean): Window | undefined {
  return windowsFor(pack, type, pilot).find((w) => w.kind === 'congress');
}
