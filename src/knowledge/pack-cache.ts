import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PROJECT_ROOT } from '../paths.js';

/**
 * The campaign pack's YAML, parsed once per text and then read back as JSON. Parsing the 68 KB
 * pack with the yaml package was about a fifth of the bot's start-up CPU (150–250 ms, most of it
 * the parser's first, unoptimised run); JSON.parse of the same data takes a millisecond or two.
 *
 * The cache is `node_modules/.cache/daihoi-bot/pack-<hash>.json` (where tools keep their caches;
 * delete it any time), keyed by the SHA-256 of the yaml package's version and the file's text, so
 * an edited pack or another parser version is parsed again. What it returns is exactly what the
 * parser returned (a result JSON cannot carry is never cached), and the caller validates it
 * against the schema either way. The newest KEEP entries stay. A cache that cannot be written (a
 * read-only disk) is skipped.
 */
const require = createRequire(import.meta.url);
type Yaml = typeof import('yaml');

/** The yaml package, loaded on the first parse: a start-up that hits the cache never loads it. */
export const parseYaml = (source: string): unknown => (require('yaml') as Yaml).parse(source);

const CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'daihoi-bot');
/** Entries kept: each edit of a pack makes a new one; the oldest go when there are more. */
const KEEP = 8;

/** The newest KEEP entries stay. Another process's file aside (.tmp) is never touched, and an
 * entry another process pruned meanwhile is simply gone. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.startsWith('pack-') && f.endsWith('.json'))
    .map((f) => ({ f, at: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of entries.slice(KEEP)) rmSync(join(dir, f), { force: true });
}

export function parseYamlCached(source: string, dir = CACHE_DIR): unknown {
  const version = (require('yaml/package.json') as { version: string }).version;
  const key = createHash('sha256').update(`yaml ${version}\n`).update(source).digest('hex').slice(0, 32);
  const file = join(dir, `pack-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Not cached yet (or a damaged entry): parse, and keep the result for the next start.
  }
  const parsed = parseYaml(source);
  const json = JSON.stringify(parsed);
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), parsed)) {
    try {
      mkdirSync(dir, { recursive: true });
      // Written aside (a name of its own: replicas in containers may share a pid) and renamed: a
      // replica starting at the same moment reads all of it or nothing.
      const aside = `${file}.${randomUUID()}.tmp`;
      writeFileSync(aside, json);
      renameSync(aside, file);
      prune(dir);
    } catch {
      // A read-only install: every start parses the YAML, as it did before the cache.
    }
  }
  return parsed;
}
