import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/knowledge/pack.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { openStore, type Store } from '../../src/store/index.js';

export const pack = loadPack(join(PROJECT_ROOT, 'config/dh-2025-2030.yaml'));

/** A fresh SQLite store in a temporary directory. */
export function tempStore(): Promise<Store> {
  return openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-units-')), 'units.sqlite')}`);
}
