import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { broadcastSpec, overviewSpec, readinessSpec, type Translate } from '../../src/charts/specs.js';
import { loadI18n } from '../../src/i18n/index.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { readinessByStep } from '../../src/staff/readiness-stats.js';
import { STATUSES, type StatsRow, statsByType } from '../../src/staff/stats.js';
import { pack, unit } from '../staff/fixtures.js';

const i18n = loadI18n(LOCALES_DIR, (m) => {
  throw new Error(m);
});
const vi: Translate = (id, args) => i18n.t('vi', id, args);
const en: Translate = (id, args) => i18n.t('en', id, args);

/** Compiles with vega-lite, failing on any warning (a field it cannot find, a bad channel). */
function compiles(spec: TopLevelSpec): void {
  const warnings: unknown[] = [];
  const logger = {
    level: () => logger,
    warn: (...m: unknown[]) => warnings.push(m),
    info: () => logger,
    debug: () => logger,
    error: (...m: unknown[]) => warnings.push(m),
  };
  expect(compile(spec, { logger: logger as never }).spec).toHaveProperty('marks');
  expect(JSON.stringify(warnings)).toBe('[]');
}

type Datum = Record<string, string | number>;
const valuesOf = (spec: TopLevelSpec) => (spec as { data: { values: Datum[] } }).data.values;

const units = [
  unit({ type: 'chi-bo-truc-thuoc', name: 'A' }),
  unit({ type: 'chi-bo-truc-thuoc', name: 'B', doneAt: '2025-03-10T03:00:00Z' }),
  unit({ type: 'chi-bo-co-so', name: 'C', pilot: true }),
  unit({ type: 'dang-bo-co-so', name: 'D', active: false, inactiveReason: 'blocked' }),
];
const stats = statsByType(pack, units, '2025-03-20');
const bars = stats.rows.map((row) => ({ label: row.type as string, row }));

describe('overview chart spec', () => {
  it('embeds a segment per status and bar whose counts add up to the registered units', () => {
    const spec = overviewSpec({ title: 'T', byType: bars }, { width: 'container', t: vi });
    const values = valuesOf(spec);
    expect(values).toHaveLength(bars.length * STATUSES.length);
    for (const { label, row } of bars) {
      const mine = values.filter((v) => v.category === label);
      expect(mine.reduce((n, v) => n + Number(v.count), 0)).toBe(row.registered);
      for (const status of STATUSES)
        expect(mine.find((v) => v.status === status)?.count).toBe(row[status as keyof StatsRow]);
    }
    expect(values.find((v) => v.category === 'dang-bo-co-so' && v.status === 'unreachable')?.count).toBe(1);
    expect(values.find((v) => v.category === 'chi-bo-co-so' && v.status === 'late')?.count).toBe(1);
    compiles(spec);
  });

  it('draws the organisations’ chart only when there are child organisations', () => {
    const one = overviewSpec({ title: 'T', byType: bars, byOrg: [] }, { width: 300, t: vi });
    expect((one as { vconcat: unknown[] }).vconcat).toHaveLength(1);
    const orgRow = { ...(stats.total as StatsRow) };
    const two = overviewSpec(
      { title: 'T', byType: bars, byOrg: [{ label: 'Phường Bạch Mai', row: orgRow }] },
      { width: 300, t: vi },
    );
    expect((two as { vconcat: unknown[] }).vconcat).toHaveLength(2);
    expect(
      valuesOf(two)
        .filter((v) => v.group === 'org')
        .map((v) => v.count),
    ).toEqual(STATUSES.map((s) => orgRow[s]));
    compiles(two);
  });

  it('speaks the chart’s language', () => {
    const labels = (t: Translate) => [
      ...new Set(
        valuesOf(overviewSpec({ title: 'T', byType: bars }, { width: 300, t })).map((v) => v.statusLabel),
      ),
    ];
    expect(labels(vi)).toEqual([
      'Đã đại hội',
      'Trễ hạn',
      'Trong thời hạn',
      'Chưa đến thời hạn',
      'Mất liên lạc',
    ]);
    expect(labels(en)).toEqual(['Held', 'Late', 'Within the window', 'Window not open yet', 'Unreachable']);
  });
});

describe('broadcast delivery spec', () => {
  it('splits the audience into acknowledged, sent, gone, failed and pending', () => {
    const report = { total: 50, sent: 44, gone: 3, failed: 1, acks: 30, ack: true };
    const spec = broadcastSpec(report, { width: 'container', t: vi });
    const counts = Object.fromEntries(valuesOf(spec).map((v) => [v.part, v.count]));
    expect(counts).toEqual({ acked: 30, 'sent-unacked': 14, gone: 3, failed: 1, pending: 2 });
    compiles(spec);
    const plain = broadcastSpec({ ...report, ack: false, acks: 0 }, { width: 300, t: en });
    expect(valuesOf(plain).map((v) => v.part)).toEqual(['sent', 'gone', 'failed', 'pending']);
    expect(valuesOf(plain).reduce((n, v) => n + Number(v.count), 0)).toBe(50);
  });
});

describe('readiness spec', () => {
  it('shows per step the units that have done it and those that have not', () => {
    const first = pack.checklist.steps[0];
    if (!first) throw new Error('no checklist');
    const doer = units.find((u) => u.active && first.types.includes(u.type));
    const ticked = units.map((u) =>
      u === doer ? { ...u, readiness: { [first.id]: { by: 1, at: '2025-02-01T00:00:00Z' } } } : u,
    );
    const steps = readinessByStep(pack, ticked);
    const spec = readinessSpec(steps, { width: 'container', t: vi, lang: 'vi' });
    const values = valuesOf(spec);
    for (const s of steps.filter((c) => c.of > 0)) {
      const mine = values.filter((v) => v.stepId === s.step.id);
      expect(mine.map((v) => [v.status, v.count])).toEqual([
        ['done', s.done],
        ['not-done', s.of - s.done],
      ]);
    }
    expect(values.find((v) => v.stepId === first.id && v.status === 'done')?.count).toBe(1);
    compiles(spec);
  });
});
