import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from this file whether it runs from src/ (tests) or dist/src/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the bot sources');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');
export const CONFIG_DIR = join(PROJECT_ROOT, 'config');
