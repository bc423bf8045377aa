import { describe, expect, it, vi } from 'vitest';
import { supervise, type Running } from '../../../lib/server/runtime/supervise';

/** A process stand-in: `die()` ends it as a crash would. */
function fakeProcess() {
  let die!: (how: string) => void;
  const exited = new Promise<string>((resolve) => (die = resolve));
  const running: Running & { die: (how: string) => void; stopped: boolean } = {
    exited,
    stopped: false,
    die: (how) => die(how),
    stop: async () => {
      running.stopped = true;
    },
  };
  return running;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('supervise', () => {
  it('starts it again after a death, waiting twice as long after each quick one', async () => {
    vi.useFakeTimers();
    try {
      const started: ReturnType<typeof fakeProcess>[] = [];
      const lines: string[] = [];
      const supervisor = supervise({ name: 'worker', log: (l) => lines.push(l), initialDelayMs: 100, healthyAfterMs: 60_000, start: async () => started[started.push(fakeProcess()) - 1]! });
      await supervisor.started;
      for (const delay of [100, 200, 400]) {
        started.at(-1)!.die('signal SIGKILL');
        await vi.advanceTimersByTimeAsync(delay - 1);
        const before = started.length;
        await vi.advanceTimersByTimeAsync(1);
        expect(started.length).toBe(before + 1);
      }
      expect(supervisor.restarts).toBe(3);
      expect(lines[0]).toBe('The worker exited (signal SIGKILL); restarting it in 0.1 s.');
      await supervisor.stop();
      expect(started.at(-1)!.stopped).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('returns to the first delay after a healthy run, and retries a restart that fails', async () => {
    vi.useFakeTimers();
    try {
      const started: ReturnType<typeof fakeProcess>[] = [];
      let failNext = false;
      const supervisor = supervise({
        name: 'database',
        log: () => undefined,
        initialDelayMs: 100,
        healthyAfterMs: 1_000,
        start: async () => {
          if (failNext) {
            failNext = false;
            throw new Error('shared memory still in use');
          }
          return started[started.push(fakeProcess()) - 1]!;
        },
      });
      await supervisor.started;
      await vi.advanceTimersByTimeAsync(5_000); // a healthy run
      failNext = true;
      started[0]!.die('signal SIGKILL');
      await vi.advanceTimersByTimeAsync(100); // first restart fails…
      expect(started.length).toBe(1);
      await vi.advanceTimersByTimeAsync(200); // …the next, after a doubled delay, succeeds
      expect(started.length).toBe(2);
      await supervisor.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up on a first run that ends at once (a bad configuration), and never restarts what it stopped', async () => {
    const first = fakeProcess();
    const onFatal = vi.fn();
    const start = vi.fn(async () => first);
    const supervisor = supervise({ name: 'web server', log: () => undefined, firstRunGraceMs: 10_000, onFatal, start });
    await supervisor.started;
    first.die('code 1');
    await tick();
    expect(onFatal).toHaveBeenCalledWith('code 1');
    expect(start).toHaveBeenCalledTimes(1);

    // killed from outside right after its first start: not a bad configuration, so restarted
    const killed = fakeProcess();
    const onKilledFatal = vi.fn();
    const restartable = supervise({ name: 'worker', log: () => undefined, initialDelayMs: 1, firstRunGraceMs: 10_000, onFatal: onKilledFatal, start: async () => killed });
    await restartable.started;
    killed.die('signal SIGKILL');
    await new Promise((r) => setTimeout(r, 20));
    expect(onKilledFatal).not.toHaveBeenCalled();
    expect(restartable.restarts).toBeGreaterThan(0);
    await restartable.stop();

    const second = fakeProcess();
    const other = supervise({ name: 'worker', log: () => undefined, initialDelayMs: 1, start: async () => second });
    await other.started;
    await other.stop();
    second.die('signal SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    expect(other.restarts).toBe(0);
  });

  it('fails its start when the first start fails', async () => {
    const supervisor = supervise({ name: 'embedded PostgreSQL', log: () => undefined, start: async () => Promise.reject(new Error('port taken')) });
    await expect(supervisor.started).rejects.toThrow('port taken');
  });
});
