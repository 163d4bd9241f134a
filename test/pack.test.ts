import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../src/config.js';
import { congressWindow, loadPack, parsePack } from '../src/knowledge/pack.js';

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
