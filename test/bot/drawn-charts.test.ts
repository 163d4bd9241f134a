import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAWN_KEPT, drawChart } from '../../src/bot/features/drawn-charts.js';
import type { Rendered } from '../../src/charts/png.js';
import type { ChartRenderer } from '../../src/charts/renderer.js';
import { Harness, type TestChat } from '../support/harness.js';
import { registerUnits } from './helpers.js';

const spec = (n: number) => ({ title: `chart ${n}`, data: { values: [{ n }] }, mark: 'bar' }) as TopLevelSpec;

/** A renderer that counts its drawings; `fail` makes the next one throw. */
function counting() {
  const drew: string[] = [];
  let fail = false;
  const renderer: ChartRenderer = {
    png: async (s) => {
      drew.push(JSON.stringify(s));
      if (fail) {
        fail = false;
        throw new Error('renderer down');
      }
      return { png: Buffer.from(JSON.stringify(s)), width: 1, height: 1, values: [] } as Rendered;
    },
  };
  return { renderer, drew, failNext: () => (fail = true) };
}

describe('charts drawn once per spec', () => {
  it('draws an equal spec once, another spec again, and forgets the oldest past its limit', async () => {
    const { renderer, drew } = counting();
    const first = await drawChart(renderer, spec(1));
    expect(await drawChart(renderer, spec(1))).toBe(first);
    expect(drew).toHaveLength(1);
    await drawChart(renderer, spec(2));
    expect(drew).toHaveLength(2);
    // spec(1) used again, so spec(2) is the oldest when the limit is passed.
    await drawChart(renderer, spec(1));
    for (let n = 3; n < 3 + DRAWN_KEPT - 1; n++) await drawChart(renderer, spec(n));
    expect(drew).toHaveLength(1 + DRAWN_KEPT);
    await drawChart(renderer, spec(1));
    expect(drew).toHaveLength(1 + DRAWN_KEPT);
    await drawChart(renderer, spec(2));
    expect(drew).toHaveLength(2 + DRAWN_KEPT);
  });

  it('keeps no failed drawing, and keeps each renderer apart', async () => {
    const a = counting();
    a.failNext();
    await expect(drawChart(a.renderer, spec(1))).rejects.toThrow('renderer down');
    await drawChart(a.renderer, spec(1));
    expect(a.drew).toHaveLength(2);
    const b = counting();
    await drawChart(b.renderer, spec(1));
    expect(b.drew).toHaveLength(1);
  });
});

describe('/thongke twice with the same figures: one drawing, the same photo', () => {
  const STAFF = 920_001;
  let h: Harness;
  let staff: TestChat;
  let drawings = 0;
  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T09:00:00+07:00', env: { ADMIN_IDS: String(STAFF) } });
    await registerUnits(h, [{ type: 'chi-bo-co-so', name: 'Chi bộ Khu phố 3' }], 920_100);
    const real = h.deps.charts.png;
    h.deps.charts.png = (s) => {
      drawings++;
      return real(s);
    };
    staff = h.chat({ userId: STAFF });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends the kept picture until a figure changes, then draws the new one', async () => {
    await staff.send('/thongke');
    await staff.send('/thongke');
    expect(drawings).toBe(1);
    const [one, two] = h.telegram.photos;
    expect(two?.content.equals(one?.content as Buffer)).toBe(true);
    await registerUnits(h, [{ type: 'chi-bo-co-so', name: 'Chi bộ Khu phố 4' }], 920_200);
    await staff.send('/thongke');
    expect(drawings).toBe(2);
    expect(h.telegram.photos).toHaveLength(3);
    expect(h.telegram.photos[2]?.content.equals(one?.content as Buffer)).toBe(false);
    expect(h.errors()).toEqual([]);
  });
});
