import { describe, expect, it } from 'vitest';
import { POOL2 } from './pool2.js';
import { packIds } from './set-checks.js';

describe('development pool 2', () => {
  const { topics, documents } = packIds();
  const docIds = new Set(documents.map((d) => d.id));
  const topicIds = new Set(topics);

  function valid(e: string | null): boolean {
    if (e === null || e === 'unknown-doc') return true;
    if (e.startsWith('doc:')) return docIds.has(e.slice(4));
    const parts = e.split('+');
    if (parts.length > 2 || !parts.every((p) => topicIds.has(p))) return false;
    return parts.length === 1 || parts[0] !== parts[1];
  }

  it('holds at least 200 items', () => {
    expect(POOL2.length).toBeGreaterThanOrEqual(200);
  });

  it('has no duplicate questions, even ignoring case and spacing', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const { q } of POOL2) {
      const key = q.toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) dups.push(q);
      seen.add(key);
    }
    expect(dups).toEqual([]);
  });

  it('expects only valid answers: null, unknown-doc, a pack document, or one or two distinct topics', () => {
    expect(POOL2.filter((i) => !valid(i.expect)).map((i) => `${i.q} -> ${i.expect}`)).toEqual([]);
  });

  it('asks at least four questions on every topic of the pack', () => {
    const count = new Map<string, number>();
    for (const { expect: e } of POOL2) {
      if (e === null || e === 'unknown-doc' || e.startsWith('doc:')) continue;
      for (const t of e.split('+')) count.set(t, (count.get(t) ?? 0) + 1);
    }
    expect(topics.filter((t) => (count.get(t) ?? 0) < 4)).toEqual([]);
  });
});
