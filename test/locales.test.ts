import { describe, expect, it } from 'vitest';
import { loadI18n } from '../src/i18n/index.js';
import { LOCALES_DIR } from '../src/paths.js';

describe('locales', () => {
  const errors: string[] = [];
  const i18n = loadI18n(LOCALES_DIR, (m) => errors.push(m));

  it('hold the same message ids in Vietnamese and English', () => {
    const vi = i18n.ids('vi').sort();
    const en = i18n.ids('en').sort();
    expect(vi.filter((id) => !en.includes(id))).toEqual([]);
    expect(en.filter((id) => !vi.includes(id))).toEqual([]);
    expect(vi.length).toBeGreaterThan(10);
  });

  it('define no message twice', () => {
    for (const lang of ['vi', 'en'] as const) {
      const ids = i18n.ids(lang);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('fill placeholders without isolation marks', () => {
    expect(i18n.t('vi', 'unknown-command', { command: '/abc' })).toBe(
      'Không có lệnh /abc. Gõ /trogiup để xem các lệnh.',
    );
    expect(errors).toEqual([]);
  });
});
