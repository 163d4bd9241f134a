import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { parsePack } from '../../src/knowledge/pack.js';
import { audienceChoices, decodeAudience, encodeAudience, selectAudience } from '../../src/staff/audience.js';
import { AuditLog } from '../../src/staff/audit.js';
import { dueOf, progressOf, setStep, unitSteps } from '../../src/units/readiness.js';
import { changeStep } from '../../src/units/readiness-write.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { markDone, register, setCongressDate } from '../../src/units/rules.js';
import type { Unit } from '../../src/units/unit.js';
import { pack, tempStore } from './helpers.js';

const at = (iso: string) => new Date(iso);
const unitOf = (type: string, over: Partial<Unit> = {}): Unit => ({
  ...register(
    undefined,
    { chatId: 7, chatType: 'private', type, name: 'Chi bộ 7', pilot: false, secretaryId: 70 },
    at('2024-09-10T01:00:00Z'),
  ),
  ...over,
});

describe('the shipped checklist', () => {
  it('gives grassroots units the conference, the review and the three teams, and every type the reports', () => {
    const ids = (type: string) => unitSteps(pack, { type }).map((s) => s.id);
    expect(ids('chi-bo-co-so')).toEqual(
      expect.arrayContaining(['quan-triet', 'tong-ket-2020-2025', 'to-nhan-su', 'to-van-kien', 'to-to-chuc']),
    );
    expect(ids('chi-bo-truc-thuoc')).not.toContain('quan-triet');
    for (const type of ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'])
      expect(ids(type)).toEqual(
        expect.arrayContaining([
          'bao-cao-chinh-tri',
          'bao-cao-kiem-diem',
          'nhan-su-cap-uy',
          'doan-dai-bieu',
          'ngay-dai-hoi',
        ]),
      );
    const quanTriet = pack.checklist.steps.find((s) => s.id === 'quan-triet');
    expect(quanTriet && dueOf(quanTriet, unitOf('chi-bo-co-so'), pack)).toBe('2024-10-31');
  });
});

/** The shipped pack with a few steps replaced, to exercise relative dues and removed steps. */
function withSteps(steps: unknown[]) {
  const raw = JSON.parse(JSON.stringify(pack)) as { checklist: { steps: unknown[] } };
  raw.checklist.steps = steps;
  return parsePack(JSON.stringify(raw), 'edited.json');
}
const step = (id: string, due?: unknown, types = ['chi-bo-co-so']) => ({
  id,
  title: { vi: id, en: id },
  types,
  source: 'test',
  ...(due ? { due } : {}),
});

describe('readiness rules', () => {
  const p = withSteps([
    step('a'),
    step('b', { from: 'window-last', days: -20 }),
    step('c', { from: 'congress', days: -7 }),
    step('d', { date: '2025-04-15' }),
    step('e', undefined, ['dang-bo-co-so']),
  ]);

  it('reads dues relative to the window and the congress date, and lists the soonest open steps first', () => {
    const u = setCongressDate(unitOf('chi-bo-co-so'), '2025-05-20', at('2025-01-01T00:00:00Z'));
    const [, b, c] = p.checklist.steps;
    expect(b && dueOf(b, u, p)).toBe('2025-06-09');
    expect(c && dueOf(c, u, p)).toBe('2025-05-13');
    expect(c && dueOf(c, unitOf('chi-bo-co-so'), p)).toBeUndefined();
    const progress = progressOf(u, p);
    expect(progress.total).toBe(4);
    expect(progress.open.map((o) => o.step.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('ticks and unticks with who and when; a replay changes nothing', () => {
    const u = unitOf('chi-bo-co-so');
    const ticked = setStep(u, p, 'a', true, 70, at('2025-02-01T03:00:00Z'));
    expect(ticked.kind).toBe('ok');
    if (ticked.kind !== 'ok') return;
    expect(ticked.unit.readiness).toEqual({ a: { by: 70, at: '2025-02-01T03:00:00.000Z' } });
    expect(progressOf(ticked.unit, p).done).toBe(1);
    expect(setStep(ticked.unit, p, 'a', true, 70, at('2025-02-02T00:00:00Z'))).toEqual({
      kind: 'unchanged',
      done: true,
    });
    const unticked = setStep(ticked.unit, p, 'a', false, 71, at('2025-02-03T00:00:00Z'));
    expect(unticked.kind === 'ok' && unticked.unit.readiness).toEqual({});
  });

  it('refuses a step of another type, an unknown step and any tick after the congress is done', () => {
    const u = unitOf('chi-bo-co-so');
    expect(setStep(u, p, 'e', true, 70, at('2025-02-01T00:00:00Z')).kind).toBe('not-for-type');
    expect(setStep(u, p, 'zz', true, 70, at('2025-02-01T00:00:00Z')).kind).toBe('unknown-step');
    const done = markDone(u, at('2025-05-01T00:00:00Z'));
    expect(setStep(done, p, 'a', true, 70, at('2025-05-02T00:00:00Z')).kind).toBe('congress-done');
    expect(setStep(undefined, p, 'a', true, 70, at('2025-05-02T00:00:00Z')).kind).toBe('not-registered');
  });

  it('keeps a step the pack removed readable and out of the count', () => {
    const ticked = setStep(unitOf('chi-bo-co-so'), p, 'a', true, 70, at('2025-02-01T03:00:00Z'));
    if (ticked.kind !== 'ok') throw new Error(ticked.kind);
    const later = withSteps([step('b')]);
    const progress = progressOf(ticked.unit, later);
    expect(progress).toMatchObject({ done: 0, total: 1 });
    expect(progress.retired).toEqual([{ id: 'a', by: 70, at: '2025-02-01T03:00:00.000Z' }]);
    expect(setStep(ticked.unit, later, 'a', false, 70, at('2025-02-02T00:00:00Z')).kind).toBe('unknown-step');
  });
});

describe('ticking through the unit write path', () => {
  it('serialises concurrent ticks of one unit, keeps both, and audits each with who and what', async () => {
    const store = await tempStore();
    const clock = new ManualClock('2025-02-01T03:00:00Z');
    const units = new UnitsRepo(store, clock);
    const audit = new AuditLog(store, clock);
    await units.update(7, () => unitOf('chi-bo-co-so'));
    const now = () => clock.now();
    const results = await Promise.all([
      changeStep(units, pack, audit, { chatId: 7, stepId: 'bao-cao-chinh-tri', done: true, by: 70, now }),
      changeStep(units, pack, audit, { chatId: 7, stepId: 'to-nhan-su', done: true, by: 71, now }),
      changeStep(units, pack, audit, { chatId: 7, stepId: 'no-such', done: true, by: 72, now }),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['ok', 'ok', 'unknown-step']);
    expect(Object.keys(units.get(7)?.readiness ?? {}).sort()).toEqual(['bao-cao-chinh-tri', 'to-nhan-su']);
    const reloaded = new UnitsRepo(store, clock);
    await reloaded.load();
    expect(reloaded.get(7)?.readiness?.['to-nhan-su']).toEqual({ by: 71, at: '2025-02-01T03:00:00.000Z' });
    const entries = await audit.all();
    expect(entries.map((e) => [e.userId, e.action, e.outcome, e.detail?.step])).toEqual(
      expect.arrayContaining([
        [70, 'readiness.tick', 'ok', 'bao-cao-chinh-tri'],
        [71, 'readiness.tick', 'ok', 'to-nhan-su'],
        [72, 'readiness.tick', 'refused', 'no-such'],
      ]),
    );
    await store.close();
  });
});

describe('the broadcast audience "not done: step X"', () => {
  it('selects the active units whose type has the step and that have not ticked it, and no others', () => {
    const tick = { by: 1, at: '2025-02-01T00:00:00.000Z' };
    const a = { ...unitOf('chi-bo-co-so'), chatId: 1 };
    const b = { ...unitOf('dang-bo-co-so'), chatId: 2, readiness: { 'quan-triet': tick } };
    const c = { ...unitOf('chi-bo-truc-thuoc'), chatId: 3 };
    const gone = { ...unitOf('chi-bo-co-so'), chatId: 4, active: false };
    const spec = decodeAudience('s.quan-triet', pack);
    expect(spec).toEqual({ kind: 'step-open', step: 'quan-triet' });
    if (!spec) return;
    expect(encodeAudience(spec)).toBe('s.quan-triet');
    expect(selectAudience(spec, [a, b, c, gone], pack, '2025-02-01').map((u) => u.chatId)).toEqual([1]);
    expect(decodeAudience('s.no-such-step', pack)).toBeUndefined();
    expect(audienceChoices(pack).filter((s) => s.kind === 'step-open')).toHaveLength(
      pack.checklist.steps.length,
    );
  });
});
