import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs each benchmark in its own process (so memory figures are its own) and
 * passes through their `bench <name> <value> <unit>` lines. Add a benchmark by adding its file here.
 */
const BENCHES = [
  'startup',
  'delivery',
  'delivery-lanes',
  'units',
  'qa',
  'plan',
  'webhook',
  'orgs',
  'shutdown',
  'store-year',
  'dashboard',
];

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const name of BENCHES) {
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, `${name}.js`)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`bench ${name} failed (exit ${run.status ?? run.signal})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
