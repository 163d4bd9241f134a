import type { TopLevelSpec } from 'vega-lite';
import type { Rendered } from './png.js';

/** Draws chart specs as pictures; in the app's deps so a test can watch what was drawn. */
export interface ChartRenderer {
  png(spec: TopLevelSpec): Promise<Rendered>;
}

/** vega, vega-lite and resvg load with the first chart, not at start-up. */
export function lazyRenderer(): ChartRenderer {
  return { png: async (spec) => (await import('./png.js')).renderPng(spec) };
}
