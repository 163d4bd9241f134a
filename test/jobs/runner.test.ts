import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type Job, JobRunner } from '../../src/jobs/runner.js';
import { createLogger } from '../../src/logger.js';
import { type Leases, openLeases } from '../../src/store/leases.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

const quiet = createLogger({ level: 'silent' });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function capture() {
  let text = '';
  const sink = new PassThrough();
  sink.on('data', (d: Buffer) => {
    text += d.toString();
  });
  return { logger: createLogger({ level: 'debug', destination: sink }), text: () => text };
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const counting = (name: string, over: Partial<Job> = {}) => {
  const job = {
    runs: 0,
    name,
    schedule: { everyMs: 60_000 },
    lead: { kind: 'sticky', leaseMs: 5000 },
    run: async () => {
      job.runs++;
    },
    ...over,
  } as Job & { runs: number };
  return job;
};

describe('the job runner on one process', () => {
  const local = () => openLeases('sqlite://unused.sqlite');

  it('resolves a manual run only once the pass has finished', async () => {
    const gate = deferred();
    let finished = false;
    const runner = new JobRunner({ leases: local(), logger: quiet, manual: true });
    runner.add({
      name: 'reminders',
      schedule: { cron: '0 0 1 1 *' },
      lead: { kind: 'perFire', leaseMs: 1000 },
      run: async () => {
        await gate.promise;
        finished = true;
      },
    });
    await runner.start();
    const run = runner.run('reminders');
    expect(finished).toBe(false);
    gate.resolve();
    expect(await run).toBe(true);
    expect(finished).toBe(true);
    await runner.stop();
  });

  it('queues a manual run behind the one in flight instead of overlapping it', async () => {
    const gate = deferred();
    const order: string[] = [];
    let calls = 0;
    const runner = new JobRunner({ leases: local(), logger: quiet, manual: true });
    runner.add({
      name: 'staff',
      schedule: { everyMs: 1000 },
      lead: { kind: 'sticky', leaseMs: 1000 },
      run: async () => {
        const n = ++calls;
        order.push(`start ${n}`);
        if (n === 1) await gate.promise;
        order.push(`end ${n}`);
      },
    });
    const first = runner.run('staff');
    const second = runner.run('staff');
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs the start-up jobs before start() resolves, and the others only on their schedule', async () => {
    const atStart = counting('reminders', { atStart: true });
    const later = counting('digest');
    const runner = new JobRunner({ leases: local(), logger: quiet, manual: true });
    runner.add(atStart).add(later);
    await runner.start();
    expect(atStart.runs).toBe(1);
    expect(later.runs).toBe(0);
    await runner.stop();
  });

  it('fires interval jobs on their schedule until stopped', async () => {
    const job = counting('sender', { schedule: { everyMs: 20 } });
    const runner = new JobRunner({ leases: local(), logger: quiet });
    runner.add(job);
    await runner.start();
    await until(() => job.runs >= 3);
    await runner.stop();
    const after = job.runs;
    // A stopped runner runs nothing, manual runs included.
    expect(await runner.run('sender')).toBe(false);
    expect(job.runs).toBe(after);
  });

  it('fires cron jobs (seconds field) on their schedule', async () => {
    const job = counting('tick', { schedule: { cron: '* * * * * *', timezone: 'Asia/Ho_Chi_Minh' } });
    const runner = new JobRunner({ leases: local(), logger: quiet });
    runner.add(job);
    await runner.start();
    await until(() => job.runs >= 1, 3000);
    await runner.stop();
  });

  it('logs a failing job with its name and keeps the runner going', async () => {
    const { logger, text } = capture();
    let calls = 0;
    const runner = new JobRunner({ leases: local(), logger, manual: true });
    runner.add({
      name: 'staff',
      schedule: { everyMs: 1000 },
      lead: { kind: 'sticky', leaseMs: 1000 },
      run: async () => {
        if (++calls === 1) throw new Error('store went away');
      },
    });
    expect(await runner.run('staff')).toBe(true);
    expect(text()).toMatch(/"job":"staff".*store went away.*"msg":"job failed"/s);
    expect(await runner.run('staff')).toBe(true);
    expect(calls).toBe(2);
  });

  it('skips a fire, and says so, when the leases cannot be reached (fail-closed)', async () => {
    const { logger, text } = capture();
    const down: Leases = {
      kind: 'postgres',
      owner: 'x',
      claim: () => Promise.reject(new Error('connection refused')),
      hold: () => Promise.reject(new Error('connection refused')),
      release: async () => undefined,
      close: async () => undefined,
    };
    const runner = new JobRunner({ leases: down, logger, manual: true });
    const perFire = counting('reminders', { lead: { kind: 'perFire', leaseMs: 1000 } });
    const sticky = counting('sender');
    runner.add(perFire).add(sticky);
    expect(await runner.run('reminders')).toBe(false);
    expect(await runner.run('sender')).toBe(false);
    expect(perFire.runs + sticky.runs).toBe(0);
    expect(text()).toMatch(/job lease not checked; fire skipped/);
  });

  it('stop() waits for the run in flight to finish, and starts no other', async () => {
    const gate = deferred();
    let finished = false;
    let calls = 0;
    const runner = new JobRunner({ leases: local(), logger: quiet, manual: true });
    runner.add({
      name: 'reminders',
      schedule: { everyMs: 1000 },
      lead: { kind: 'perFire', leaseMs: 1000 },
      run: async () => {
        calls++;
        await gate.promise;
        finished = true;
      },
    });
    const inFlight = runner.run('reminders');
    await until(() => calls === 1);
    const queued = runner.run('reminders');
    const stopped = runner.stop().then(() => finished);
    gate.resolve();
    expect(await stopped).toBe(true);
    expect(await inFlight).toBe(true);
    expect(await queued).toBe(false);
    expect(calls).toBe(1);
  });

  it('refuses a job name it does not know', async () => {
    const runner = new JobRunner({ leases: local(), logger: quiet, manual: true });
    await expect(runner.run('nope')).rejects.toThrow(/no job named nope/);
  });
});

function replicas(url: string) {
  const open: Leases[] = [];
  afterAll(async () => {
    await Promise.all(open.map((l) => l.close()));
  });
  const replica = (job: Job) => {
    const leases = openLeases(url);
    open.push(leases);
    return new JobRunner({ leases, logger: quiet, manual: true }).add(job);
  };

  it('lets the leader run a sticky job and not the follower, until the leader stops', async () => {
    const name = `sender-${randomUUID()}`;
    const events: string[] = [];
    const job = (who: string) =>
      counting(name, {
        lead: {
          kind: 'sticky',
          leaseMs: 60_000,
          onLead: async () => {
            events.push(`${who} leads`);
          },
          onLose: async () => {
            events.push(`${who} stops leading`);
          },
        },
      });
    const [ja, jb] = [job('a'), job('b')];
    const [a, b] = [replica(ja), replica(jb)];
    expect(await a.run(name)).toBe(true);
    expect(await b.run(name)).toBe(false);
    expect(await a.run(name)).toBe(true);
    expect([ja.runs, jb.runs]).toEqual([2, 0]);
    // A stopping leader hands its lead back: the follower need not wait for the lease to lapse.
    await a.stop();
    expect(await b.run(name)).toBe(true);
    expect(jb.runs).toBe(1);
    expect(events).toEqual(['a leads', 'a stops leading', 'b leads']);
    await b.stop();
  });

  it('runs each fire of a perFire job on exactly one of three replicas', async () => {
    const name = `reminders-${randomUUID()}`;
    const jobs = [0, 1, 2].map(() => counting(name, { lead: { kind: 'perFire', leaseMs: 60_000 } }));
    const runners = jobs.map(replica);
    for (let fire = 0; fire < 10; fire++) {
      const slot = new Date(Date.UTC(2025, 5, 22, 1, fire)).toISOString();
      const ran = await Promise.all(runners.map((r) => r.run(name, slot)));
      expect(ran.filter(Boolean)).toHaveLength(1);
    }
    expect(jobs.reduce((n, j) => n + j.runs, 0)).toBe(10);
  });
}

describeWith('postgres', 'the job runner with replicas on PostgreSQL', () => replicas(POSTGRES_URL));
describeWith('redis', 'the job runner with replicas on Redis', () => replicas(REDIS_URL));
