import { createConnection } from 'node:net';
import { describe, it } from 'vitest';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const reachable = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

export const services = {
  postgres: await reachable(POSTGRES_URL),
  redis: await reachable(REDIS_URL),
};

/**
 * Tests that need PostgreSQL or Redis: run when the service answers; on a machine without it they
 * are skipped with a line naming the service, except under CI=true, where a missing service fails.
 */
export function describeWith(service: keyof typeof services, name: string, body: () => void): void {
  if (services[service]) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs ${service}`, () => {
        throw new Error(`${service} is not reachable, and CI=true requires it (.ci/run starts it)`);
      });
    });
  } else {
    process.stderr.write(`skipping "${name}": ${service} is not running on this machine\n`);
    describe.skip(name, body);
  }
}
