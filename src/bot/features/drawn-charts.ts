import type { TopLevelSpec } from 'vega-lite';
import type { Rendered } from '../../charts/png.js';
import type { ChartRenderer } from '../../charts/renderer.js';

/** Pictures kept per renderer: a few scopes' /thongke of the day. */
export const DRAWN_KEPT = 8;

/**
 * The last DRAWN_KEPT pictures each renderer drew, by their spec: /thongke asked again before its
 * figures changed (another staff member of the ward, the same one twice) sends the same PNG
 * without drawing it again; drawing one costs about 100 ms of CPU. The spec holds everything the
 * picture shows (figures, labels, title with its date, language), so an equal spec is an equal
 * picture. Keyed by the renderer's `png` function, so each app (and a test that swaps it) has
 * its own; a failed drawing is not kept.
 */
const drawn = new WeakMap<ChartRenderer['png'], Map<string, Promise<Rendered>>>();

export function drawChart(charts: ChartRenderer, spec: TopLevelSpec): Promise<Rendered> {
  const png = charts.png;
  let kept = drawn.get(png);
  if (!kept) {
    kept = new Map();
    drawn.set(png, kept);
  }
  const key = JSON.stringify(spec);
  const hit = kept.get(key);
  if (hit) {
    // Most recently used last: the oldest goes first when the map is full.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const picture = png.call(charts, spec);
  kept.set(key, picture);
  if (kept.size > DRAWN_KEPT) kept.delete(kept.keys().next().value as string);
  const map = kept;
  picture.catch(() => {
    if (map.get(key) === picture) map.delete(key);
  });
  return picture;
}
