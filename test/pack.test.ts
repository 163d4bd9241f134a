import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../src/config.js';
import { congressWindow, loadPack, PackError, parsePack } from '../src/knowledge/pack.js';
import { parseYamlCached } from '../src/knowledge/pack-cache.js';

describe('campaign pack', () => {
  it('loads the shipped pack and gives every unit type one congress window', () => {
    const pack = loadPack(DEFAULT_CAMPAIGN);
    for (const t of pack.unitTypes) {
      expect(congressWindow(pack, t.code, false)?.kind).toBe('congress');
      expect(congressWindow(pack, t.code, true)?.kind).toBe('congress');
    }
    expect(congressWindow(pack, 'chi-bo-co-so', false)?.last).toBe('2025-06-29');
  });

  it('names the file, the path and the problem when the pack is broken', () => {
    const broken = `campaign: { id: x, title: { vi: a, en: b }, organiser: { vi: a, en: b } }
documents: []
unitTypes: []
windows: []`;
    expect(() => parsePack(broken, '/tmp/broken.yaml')).toThrow(/broken\.yaml: documents: /);
  });

  it('refuses a window that names an unknown document', () => {
    const pack = loadPack(DEFAULT_CAMPAIGN);
    const raw = JSON.parse(JSON.stringify(pack)) as { windows: Array<{ documents: string[] }> };
    (raw.windows[0] as { documents: string[] }).documents = ['no-such-doc'];
    expect(() => parsePack(JSON.stringify(raw), 'edited.json')).toThrow(
      /edited\.json: windows\.0\.documents\.0: unknown document no-such-doc/,
    );
  });
});

/** A small valid pack; each fault test breaks one thing in it. */
const SMALL = {
  campaign: { id: 'x', title: { vi: 'a', en: 'a' }, organiser: { vi: 'b', en: 'b' } },
  asOf: '2026-01-01',
  commands: { noidung: 'noi-dung', lichtrinh: 'lich-trinh' },
  documents: [
    {
      id: 'kh-1',
      number: '10-KH/QU',
      date: '2024-01-01',
      issuer: { vi: 'Quận ủy', en: 'the district committee' },
      cite: { vi: 'Kế hoạch 10-KH/QU', en: 'Plan 10-KH/QU' },
      status: 'unchanged',
      sources: ['the conference article'],
    },
  ],
  unitTypes: [{ code: 'chi-bo', short: 'CB', name: { vi: 'chi bộ', en: 'cell' } }],
  windows: [
    {
      id: 'w',
      kind: 'congress',
      title: { vi: 'Đại hội', en: 'Congress' },
      wording: { vi: 'tháng 1', en: 'January' },
      first: '2025-01-01',
      last: '2025-01-31',
      appliesTo: { types: ['chi-bo'] },
      documents: ['kh-1'],
    },
  ],
  topics: [
    {
      id: 'noi-dung',
      title: { vi: 'Nội dung', en: 'Contents' },
      body: { vi: 'Bốn nội dung.', en: 'Four items.' },
      questions: { vi: ['Đại hội gồm gì?'], en: ['What is on the agenda?'] },
      documents: ['kh-1'],
      source: { vi: 'bài hội nghị', en: 'the conference article' },
    },
    {
      id: 'lich-trinh',
      title: { vi: 'Thời gian', en: 'Timeline' },
      body: { vi: 'Khi nào.', en: 'When.' },
      questions: { vi: ['Khi nào đại hội?'], en: ['When is the congress?'] },
      documents: ['kh-1'],
      source: { vi: 'bài hội nghị', en: 'the conference article' },
      show: 'timeline',
      windows: ['w'],
    },
  ],
};
type Small = typeof SMALL & Record<string, unknown>;

/** A copy of the small pack with one edit. */
function edited(edit: (p: Small) => void): Small {
  const pack = structuredClone(SMALL) as Small;
  edit(pack);
  return pack;
}

/** Runs `npm run pack:check` (the built CLI) on a pack written to a temporary file. */
function packCheckCli(edit: (p: Small) => void): { status: number | null; stderr: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  const file = join(dir, 'pack.json');
  writeFileSync(file, JSON.stringify(edited(edit)));
  const run = spawnSync(process.execPath, ['dist/src/knowledge/pack-check.js', file], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/**
 * The check pack:check makes (`parsePack`, what its `loadPack` runs on the file's text), in
 * process: `problems` is what the CLI prints on stderr before exiting 1, '' when the pack is valid.
 * The CLI itself (exit codes, stderr, the counts on stdout) is run for real in the first tests.
 */
function packCheck(edit: (p: Small) => void): { valid: boolean; problems: string } {
  try {
    parsePack(JSON.stringify(edited(edit)), 'pack.json');
    return { valid: true, problems: '' };
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    return { valid: false, problems: err.message };
  }
}

describe('npm run pack:check, the real CLI', () => {
  it('accepts the small pack with a checklist, exits 0 and counts its steps', () => {
    const run = packCheckCli((p) => {
      p.checklist = {
        steps: [
          {
            id: 's1',
            title: { vi: 'Bước', en: 'Step' },
            types: ['chi-bo'],
            source: 'the conference article',
          },
          {
            id: 's2',
            title: { vi: 'Bước', en: 'Step' },
            types: ['chi-bo'],
            source: 'the conference article',
            due: { from: 'congress', days: -7 },
            topic: 'noi-dung',
          },
        ],
      };
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('pack.json: valid');
    expect(run.stdout).toContain('checklist    2 steps');
  });

  it('exits 1 and names the file, the path and the problem on stderr', () => {
    const run = packCheckCli((p) => {
      p.commands = { ...p.commands, vankien: 'van-kien' } as typeof p.commands;
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('pack:check: pack.json: commands.vankien: unknown topic van-kien');
  });
});

describe('pack:check', () => {
  it('accepts the small pack', () => {
    expect(packCheck(() => {})).toEqual({ valid: true, problems: '' });
  });

  it('fails when a command opens a topic that is missing', () => {
    const run = packCheck((p) => {
      p.commands = { ...p.commands, vankien: 'van-kien' } as typeof p.commands;
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('commands.vankien: unknown topic van-kien');
  });

  it('fails when a topic rests on a document that is missing', () => {
    const run = packCheck((p) => {
      (p.topics[0] as { documents: string[] }).documents = ['kh-1', 'ct-99'];
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('topics.0.documents.1: unknown document ct-99');
  });

  it('fails when a topic lists a window that is missing', () => {
    const run = packCheck((p) => {
      (p.topics[1] as { windows: string[] }).windows = ['w', 'w-gone'];
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('topics.1.windows.1: unknown window w-gone');
  });

  it("fails when a document's status is stated without asOf", () => {
    const run = packCheck((p) => {
      delete (p as { asOf?: string }).asOf;
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain(
      "documents.0.status: status unchanged is stated without the pack's asOf date",
    );
  });

  it('fails when a topic names no source', () => {
    const run = packCheck((p) => {
      delete (p.topics[0] as { source?: unknown }).source;
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('topics.0.source: a topic names its source (what it was read from)');
  });

  it("fails when a word of the government's reform is not a phrase of the subject", () => {
    const run = packCheck((p) => {
      (p as Record<string, unknown>).evidence = {
        subject: ['đại hội', 'chính quyền 2 cấp'],
        government: ['chính quyền 2 cấp', 'cấp xã'],
      };
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('evidence.government.1: cấp xã is not a phrase of evidence.subject');
  });

  it('fails when two documents share a number', () => {
    const run = packCheck((p) => {
      p.documents.push({ ...(p.documents[0] as (typeof p.documents)[0]), id: 'kh-2', number: '10-kh/qu' });
    });
    expect(run.valid).toBe(false);
    expect(run.problems).toContain('documents.1.number: number 10-kh/qu is shared by two documents');
  });

  it('lets a lookalike of another year share a number', () => {
    const run = packCheck((p) => {
      p.documents.push({
        ...(p.documents[0] as (typeof p.documents)[0]),
        id: 'kh-old',
        date: '2019-01-01',
        status: 'unconfirmed',
        lookalike: true,
      } as (typeof p.documents)[0]);
    });
    expect(run).toEqual({ valid: true, problems: '' });
  });
});

describe('pack:check on the checklist', () => {
  const step = {
    id: 's1',
    title: { vi: 'Bước', en: 'Step' },
    types: ['chi-bo'],
    source: 'the conference article',
  };
  const withChecklist = (steps: unknown[]) => (p: Small) => {
    p.checklist = { steps };
  };
  it('accepts a valid checklist and keeps its steps', () => {
    const steps = [step, { ...step, id: 's2', due: { from: 'congress', days: -7 }, topic: 'noi-dung' }];
    expect(packCheck(withChecklist(steps))).toEqual({ valid: true, problems: '' });
    const pack = parsePack(JSON.stringify(edited(withChecklist(steps))), 'pack.json');
    expect(pack.checklist.steps.map((s) => s.id)).toEqual(['s1', 's2']);
  });
  it.each([
    [
      'an unknown unit type',
      [{ ...step, types: ['chi-bo', 'no-type'] }],
      'checklist.steps.0.types.1: unknown unit type no-type',
    ],
    ['a duplicate step id', [step, step], 'checklist.steps.1.id: duplicate step id s1'],
    ['a missing source', [{ ...step, source: undefined }], 'checklist.steps.0.source'],
    ['an impossible due date', [{ ...step, due: { date: '2025-02-30' } }], 'checklist.steps.0.due'],
    ['a due from nowhere', [{ ...step, due: { from: 'tomorrow', days: 1 } }], 'checklist.steps.0.due'],
    ['an unknown topic', [{ ...step, topic: 'nowhere' }], 'checklist.steps.0.topic: unknown topic nowhere'],
    [
      'a step id too long for its buttons',
      [{ ...step, id: 'a'.repeat(37) }],
      `checklist.steps.0.id: step id ${'a'.repeat(37)} is over 36 characters`,
    ],
  ])('fails on %s', (_what, steps, message) => {
    const run = packCheck(withChecklist(steps));
    expect(run.valid).toBe(false);
    expect(run.problems).toContain(message);
  });
});

describe('the parsed-pack cache (loadPack)', () => {
  const dir = () => join(mkdtempSync(join(tmpdir(), 'pack-cache-')), 'cache');

  it('parses a text once and reads the result back from the cache after', () => {
    const cache = dir();
    const yaml = 'campaign: { id: x }\nlist: [1, two, { three: 3 }]\n';
    expect(parseYamlCached(yaml, cache)).toEqual({ campaign: { id: 'x' }, list: [1, 'two', { three: 3 }] });
    const [entry] = readdirSync(cache);
    expect(entry).toMatch(/^pack-[0-9a-f]{32}\.json$/);
    // What the next start gets is the file's content: changed by hand here to see that it is read.
    writeFileSync(join(cache, entry as string), JSON.stringify({ from: 'cache' }));
    expect(parseYamlCached(yaml, cache)).toEqual({ from: 'cache' });
    // An edited pack is another key: parsed again, never the old entry.
    expect(parseYamlCached(`${yaml}more: true\n`, cache)).toMatchObject({
      more: true,
      campaign: { id: 'x' },
    });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('parses again when the entry is damaged, and never caches what JSON cannot hold', () => {
    const cache = dir();
    expect(parseYamlCached('a: 1\n', cache)).toEqual({ a: 1 });
    writeFileSync(join(cache, readdirSync(cache)[0] as string), '{"a": 1');
    expect(parseYamlCached('a: 1\n', cache)).toEqual({ a: 1 });
    expect(parseYamlCached('big: .inf\n', cache)).toEqual({ big: Number.POSITIVE_INFINITY });
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('works without a writable cache, and a YAML error is the parser’s own', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pack-cache-')), 'a-file');
    writeFileSync(file, '');
    expect(parseYamlCached('a: [1, 2]\n', join(file, 'cache'))).toEqual({ a: [1, 2] });
    expect(() => parsePack('a: [1, 2\n', 'broken.yaml', (s) => parseYamlCached(s, dir()))).toThrow(
      /broken\.yaml: not valid YAML/,
    );
  });
});

describe('the parsed-pack cache, kept small', () => {
  it('keeps the newest eight entries as a pack is edited', () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'pack-cache-')), 'cache');
    for (let i = 0; i < 10; i++) parseYamlCached(`edit: ${i}\n`, cache);
    expect(readdirSync(cache)).toHaveLength(8);
    // The latest edit is among them.
    const latest = readdirSync(cache).find((f) => readFileSync(join(cache, f), 'utf8') === '{"edit":9}');
    expect(latest).toBeDefined();
  });

  it("never prunes another process's entry while it is still being written", () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'pack-cache-')), 'cache');
    parseYamlCached('edit: first\n', cache);
    const aside = `${readdirSync(cache)[0]}.another-process.tmp`;
    writeFileSync(join(cache, aside), '{"edit":"half');
    for (let i = 0; i < 10; i++) parseYamlCached(`edit: ${i}\n`, cache);
    expect(readdirSync(cache)).toContain(aside);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(8);
  });
});
