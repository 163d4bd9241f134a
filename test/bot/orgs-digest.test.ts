import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/orgs/org.js';
import { Harness } from '../support/harness.js';

/**
 * The daily digest of a ward lists its own late units only; the city's lists every one. On
 * 05/07/2025 the grassroots windows (last day 29/06/2025) have passed, so both units are late.
 */
const CITY = 1;
const WARD = 901;

describe('the daily digest, per organisation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-07-05T09:00:00+07:00', env: { ADMIN_IDS: String(CITY) } });
    const city = h.chat({ userId: CITY });
    await city.send('/tochuc moi Phường Ba Đình');
    const [, links] = await city.replies(2);
    const invite = /start=(s[A-Za-z0-9_-]+)/.exec(links?.text ?? '')?.[1];
    await h.chat({ userId: WARD }).say(`/start ${invite}`);
    for (const [id, name] of [
      [951, 'Chi bộ của phường'],
      [952, 'Chi bộ của thành phố'],
    ] as const)
      await h.chat({ userId: id }).say(`/dangky chi-bo-co-so ${name}`);
    const ward = [...h.deps.orgs.tree().byId.values()].find((o) => o.id !== ROOT)?.id as string;
    const scope = h.deps.orgs.scopeFor(CITY);
    if (!scope) throw new Error('no city scope');
    expect(await h.deps.orgs.moveUnit(h.deps.units, scope, 951, ward)).toBe('ok');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('shows a ward its own late unit and the city both', async () => {
    const ward = await h.chat({ userId: WARD }).say('/tomtat bat');
    expect(ward).toContain('Chi bộ của phường');
    expect(ward).not.toContain('Chi bộ của thành phố');
    const city = await h.chat({ userId: CITY }).say('/tomtat bat');
    expect(city).toContain('Chi bộ của phường');
    expect(city).toContain('Chi bộ của thành phố');
  });

  it('sends the next day’s digest scoped the same way, and none to someone no longer staff', async () => {
    h.clock.set('2025-07-06T08:00:30+07:00');
    await h.staffPass();
    await h.deliverAll();
    const last = (chatId: number) => h.messagesTo(chatId).at(-1)?.text ?? '';
    expect(last(WARD)).toContain('06/07/2025');
    expect(last(WARD)).not.toContain('Chi bộ của thành phố');
    expect(last(CITY)).toContain('Chi bộ của thành phố');
    const scope = h.deps.orgs.scopeFor(CITY);
    if (!scope) throw new Error('no city scope');
    expect(await h.deps.orgs.removeStaff(scope, WARD)).toBe('ok');
    const before = h.messagesTo(WARD).length;
    h.clock.set('2025-07-07T08:00:30+07:00');
    await h.staffPass();
    await h.deliverAll();
    expect(last(CITY)).toContain('07/07/2025');
    expect(h.messagesTo(WARD)).toHaveLength(before);
  });
});
