import { ConfigError, parseStoreUrl } from '../config.js';
import { checkStore, QUARANTINE } from './check.js';
import { StoreError } from './integrity.js';

/**
 * `npm run store:check [-- --quarantine]` on the store of STORE_URL (the bot stopped). Lists every
 * record that is not valid JSON or fails its schema, by collection and key; `--quarantine` moves
 * them to the quarantine collection. Exit 0 when the store is clean (or was cleaned), 1 otherwise.
 */
const out = (line: string) => process.stdout.write(`${line}\n`);

try {
  const quarantine = process.argv.includes('--quarantine');
  const r = await checkStore(parseStoreUrl(process.env), { quarantine });
  const counts = [...r.collections].map(([c, n]) => `${c} ${n}`).join(', ');
  out(`store:check ${r.where}: ${r.records} records (${counts || 'none'})`);
  for (const b of r.bad) out(`  bad: collection "${b.collection}", key "${b.key}": ${b.reason}`);
  if (r.bad.length === 0) out('  every record is valid');
  else if (r.quarantined > 0)
    out(
      `  ${r.quarantined} moved to the "${QUARANTINE}" collection (kept there with the raw text; nothing deleted)`,
    );
  else
    out(
      `  ${r.bad.length} bad; npm run store:check -- --quarantine moves them to the "${QUARANTINE}" collection`,
    );
  process.exit(r.bad.length > 0 && r.quarantined < r.bad.length ? 1 : 0);
} catch (err) {
  if (err instanceof ConfigError || err instanceof StoreError) {
    process.stderr.write(`store:check: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
