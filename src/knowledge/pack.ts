import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { checkChecklist, checklistSchema } from './checklist.js';
import { parseYaml, parseYamlCached } from './pack-cache.js';
import { isoDate, slug, text } from './schema-parts.js';
import { type WordCounts, wordCountsSchema } from './word-prior.js';

/**
 * The campaign pack: everything the bot knows about one campaign (documents, topics, unit types,
 * deadline windows, reminder policy), as data in config/. Editable without code; validated here.
 */

export const documentSchema = z.object({
  id: slug,
  number: z.string().min(1),
  date: isoDate,
  issuer: text,
  /** Only when a source gives the title. */
  title: text.optional(),
  /** What the sources say the document is about or for, when they give no title. */
  about: text.optional(),
  /** How a reply names it on first mention, e.g. "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị". */
  cite: text,
  /**
   * As of the pack's `asOf`: superseded (by `supersededBy` on `supersededOn`), unchanged (no later
   * change recorded in the bot's sources), or unconfirmed (the sources say nothing of its status).
   */
  status: z.enum(['unchanged', 'superseded', 'unconfirmed']),
  /** A document that shares its number with one the bot uses, named only to keep them apart. */
  lookalike: z.boolean().default(false),
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
  /** The documents the answer rests on, listed apart from its source. */
  documents: z.array(slug).default([]),
  /** What the answer was read from (the conference article, a news page of FACTS.md), shown as "Nguồn:". */
  source: text.optional(),
  /** A block the bot computes and appends: deadline windows (with days left or passed), or the documents. */
  show: z.enum(['timeline', 'pilots', 'preparation', 'documents']).optional(),
  /** The windows a timeline, pilots or preparation block lists, in this order. */
  windows: z.array(slug).optional(),
  /**
   * The named things the topic is about ("đại hội điểm", "pilot congress"): a question that names
   * one and asks when it is held gets this topic, not the timeline of unit types (see
   * SearchResult.named).
   */
  names: z.array(z.string().min(1)).default([]),
});

/** The topic commands a pack can open. */
export const TOPIC_COMMANDS = ['noidung', 'vankien', 'nhansu', 'lichtrinh', 'tailieu'] as const;

export const unitTypeSchema = z.object({
  code: slug,
  name: text,
  /** Short form for tables (CBTT, CBCS, ĐBCS). */
  short: z.string().min(1).max(8),
  /** Other ways members name it ("chi bộ trực thuộc", "grassroots cell"); the name and short form count too. */
  aliases: z.array(z.string().min(1)).default([]),
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

const packShape = z.object({
  campaign: z.object({
    id: slug,
    title: text,
    /** Who issued the campaign locally, e.g. the district party committee. */
    organiser: text,
  }),
  /** The day the documents' statuses were last checked against the sources. */
  asOf: isoDate.optional(),
  /**
   * The file beside the pack that holds the word prior learned from the development question
   * sets (see word-prior.ts; `npm run learn` writes it). Without one there is no word prior.
   */
  wordPrior: z
    .string()
    .regex(/^[\w.-]+\.json$/, 'a JSON file name beside the pack')
    .optional(),
  /** Which command opens which topic. */
  commands: z.partialRecord(z.enum(TOPIC_COMMANDS), slug).default({}),
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
  /** Each unit's preparation checklist (src/knowledge/checklist.ts). */
  checklist: checklistSchema.default({ beforeDays: [7, 1], steps: [] }),
  /** Words and phrases that are usually out of scope (weather, prices, sport…): a weak prior only. */
  offTopic: z.array(z.string().min(1)).default([]),
  /**
   * What counts as evidence that a question is in scope: words naming party organisations (they
   * outweigh an off-topic phrase), words naming the subject (congresses, their reports…), and
   * place names (no evidence on their own); and phrases naming other party business (membership,
   * discipline, the members' annual grading…): a question holding one is refused unless the rest
   * of it still names the subject.
   */
  evidence: z
    .object({
      party: z.array(z.string().min(1)).default([]),
      subject: z.array(z.string().min(1)).default([]),
      places: z.array(z.string().min(1)).default([]),
      partyOther: z.array(z.string().min(1)).default([]),
      posts: z.array(z.string().min(1)).default([]),
      absent: z.array(z.string().min(1)).default([]),
      /** Other organisations that hold congresses of their own (Đoàn, công đoàn, Hội …); also off-topic phrases. */
      organisations: z.array(z.string().min(1)).default([]),
      /** A unit speaking of itself ("chi bộ mình", "our cell") and a time past ("năm ngoái", "last year"). */
      own: z.array(z.string().min(1)).default([]),
      past: z.array(z.string().min(1)).default([]),
      /**
       * Head words whose sense the word after them sets ("lịch": whose schedule): followed by a
       * word the pack never writes after them, the question is about another thing's.
       */
      heads: z.array(z.string().min(1)).default([]),
      /**
       * What the pack's texts count ("4 nội dung", "3 phần", "30 đảng bộ"): a question that asks how
       * many of anything else ("bao nhiêu biên chế", "mỗi tổ mấy người", "how many delegates") asks
       * for what the pack never holds.
       */
      counted: z.array(z.string().min(1)).default([]),
      /**
       * The subject's words that name the local government's reform, not a congress ("chính quyền 2
       * cấp", "cấp huyện"): beside other party business they do not make a question ours.
       */
      government: z.array(z.string().min(1)).default([]),
    })
    .default({
      party: [],
      subject: [],
      places: [],
      partyOther: [],
      posts: [],
      absent: [],
      organisations: [],
      own: [],
      past: [],
      heads: [],
      counted: [],
      government: [],
    }),
});

type RawPack = z.infer<typeof packShape>;
type Issue = (path: Array<string | number>, message: string) => void;

/** Every id named must exist, and ids are unique. */
function checkReferences(pack: RawPack, issue: Issue): void {
  const unique = (items: Array<{ id?: string; code?: string }>, path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = item.id ?? item.code ?? '';
      if (seen.has(id)) issue([path, i], `duplicate id ${id}`);
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
  const windows = new Set(pack.windows.map((w) => w.id));
  const refs = (ids: string[], known: Set<string>, what: string, path: Array<string | number>) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) issue([...path, i], `unknown ${what} ${id}`);
    });
  };
  pack.documents.forEach((d, i) => {
    if (d.supersededBy) refs([d.supersededBy], docs, 'document', ['documents', i, 'supersededBy']);
  });
  pack.windows.forEach((w, i) => {
    refs(w.documents, docs, 'document', ['windows', i, 'documents']);
    refs(w.appliesTo.types, types, 'unit type', ['windows', i, 'appliesTo', 'types']);
  });
  pack.topics.forEach((t, i) => {
    refs(t.documents, docs, 'document', ['topics', i, 'documents']);
    refs(t.related, topics, 'topic', ['topics', i, 'related']);
    refs(t.windows ?? [], windows, 'window', ['topics', i, 'windows']);
  });
  for (const [command, topic] of Object.entries(pack.commands)) {
    if (topic !== undefined && !topics.has(topic)) issue(['commands', command], `unknown topic ${topic}`);
  }
  // The reform's words are words of the subject that do not make a question ours beside other party business.
  const subject = new Set(pack.evidence.subject);
  pack.evidence.government.forEach((g, i) => {
    if (!subject.has(g)) issue(['evidence', 'government', i], `${g} is not a phrase of evidence.subject`);
  });
}

/** The number as the engine reads it: "89-QĐ/TW" and "89-qd/tw" are one number. */
export function numberKey(number: string): string {
  return number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Statuses need the date they hold at; one number names one document (lookalikes aside). */
function checkDocuments(pack: RawPack, issue: Issue): void {
  const byNumber = new Map<string, number[]>();
  pack.documents.forEach((d, i) => {
    if (d.status === 'superseded' && !d.supersededBy)
      issue(['documents', i, 'supersededBy'], 'a superseded document names its successor');
    if (d.status !== 'unconfirmed' && pack.asOf === undefined)
      issue(['documents', i, 'status'], `status ${d.status} is stated without the pack's asOf date`);
    const key = numberKey(d.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), i]);
  });
  for (const list of byNumber.values()) {
    const own = list.filter((i) => pack.documents[i]?.lookalike !== true);
    const years = new Set(list.map((i) => pack.documents[i]?.date.slice(0, 4)));
    if (list.length > 1 && (own.length > 1 || years.size < list.length)) {
      const i = list[1] as number;
      issue(['documents', i, 'number'], `number ${pack.documents[i]?.number} is shared by two documents`);
    }
  }
}

function checkTopics(pack: RawPack, issue: Issue): void {
  pack.topics.forEach((t, i) => {
    if (t.source === undefined)
      issue(['topics', i, 'source'], 'a topic names its source (what it was read from)');
  });
  pack.windows.forEach((w, i) => {
    if (w.last < w.first) issue(['windows', i, 'last'], 'last day is before the first day');
  });
}

/** Every unit, pilot or not, has exactly one congress window. */
function checkCongressWindows(pack: RawPack, issue: Issue): void {
  for (const type of pack.unitTypes) {
    for (const pilot of [false, true]) {
      const n = pack.windows.filter(
        (w) =>
          w.kind === 'congress' &&
          w.appliesTo.types.includes(type.code) &&
          (w.appliesTo.pilot ?? pilot) === pilot,
      ).length;
      if (n !== 1)
        issue(
          ['windows'],
          `unit type ${type.code} (${pilot ? 'pilot' : 'not pilot'}) has ${n} congress windows; expected exactly 1`,
        );
    }
  }
}

export const packSchema = packShape.superRefine((pack, ctx) => {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkReferences(pack, issue);
  checkDocuments(pack, issue);
  checkTopics(pack, issue);
  checkCongressWindows(pack, issue);
  checkChecklist(
    pack.checklist,
    { types: new Set(pack.unitTypes.map((t) => t.code)), topics: new Set(pack.topics.map((t) => t.id)) },
    issue,
  );
});

/** A pack as loaded: its counts of words (see wordPrior) read from their file. */
export type Pack = z.infer<typeof packSchema> & { wordCounts?: WordCounts };
export type PackDocument = z.infer<typeof documentSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type UnitType = z.infer<typeof unitTypeSchema>;
export type Window = z.infer<typeof windowSchema>;
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

export class PackError extends Error {}

/**
 * Parses pack text; a problem throws a PackError naming the file, the path in it and the problem.
 * `readYaml` turns YAML text into data (loadPack's remembers each text's result: pack-cache.ts).
 */
export function parsePack(source: string, file = 'pack', readYaml: (s: string) => unknown = parseYaml): Pack {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(source) : readYaml(source);
  } catch (err) {
    throw new PackError(
      `${basename(file)}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
    );
  }
  const result = packSchema.safeParse(raw);
  if (!result.success) throw packError(file, result.error);
  return result.data;
}

/** The first problems of a failed parse, each naming the file, the path in it and the problem. */
function packError(file: string, error: z.ZodError): PackError {
  const lines = error.issues
    .slice(0, 20)
    .map((i) => `${basename(file)}: ${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`);
  return new PackError(lines.join('\n'));
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
  const pack = parsePack(source, file, parseYamlCached);
  return pack.wordPrior ? { ...pack, wordCounts: readWordCounts(join(dirname(file), pack.wordPrior)) } : pack;
}

/** The pack's word prior file, validated (see WordCounts); a problem throws a PackError naming it. */
function readWordCounts(file: string): WordCounts {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PackError(`${file}: cannot read the word prior: ${(err as Error).message}`);
  }
  const result = wordCountsSchema.safeParse(raw);
  if (!result.success) throw packError(file, result.error);
  return result.data;
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

/**
 * The windows a topic's computed block lists: those it names, in order; without a list, every
 * congress window, the pilot ones, or preparation.
 */
export function shownWindows(pack: Pack, topic: Pick<Topic, 'show' | 'windows'>): Window[] {
  if (topic.windows)
    return topic.windows.map((id) => pack.windows.find((w) => w.id === id)).filter((w): w is Window => !!w);
  switch (topic.show) {
    case 'timeline':
      return pack.windows.filter((w) => w.kind === 'congress' && w.appliesTo.pilot !== true);
    case 'pilots':
      return pack.windows.filter((w) => w.kind === 'congress' && w.appliesTo.pilot === true);
    case 'preparation':
      return pack.windows.filter((w) => w.kind === 'preparation');
    default:
      return [];
  }
}
