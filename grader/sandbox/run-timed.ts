import type ivm from 'isolated-vm';
import { runQueueDelayMs } from './run-queue-delay.ts';

export interface TimeLimits {
  /** CPU time the isolate may use */
  cpuMs: number;
}

/**
 * How a timed call into an isolate ended. The isolate is disposed after anything but `done`/`threw`.
 *   cpu-limit   its CPU time passed the limit: the candidate's time limit
 *   blocked     it was neither running nor waiting for a CPU (asleep, Atomics.wait) for longer than the
 *               limit, past the wall-clock cap: also the candidate's time limit
 *   overloaded  still under the CPU limit at the wall-clock ceiling because the machine gave it no CPU:
 *               not the candidate's fault; the caller re-runs or re-queues
 */
export type Timed<T> =
  | { kind: 'done'; value: T; cpuMs: number; wallMs: number }
  | { kind: 'threw'; error: unknown; cpuMs: number; wallMs: number }
  | { kind: 'cpu-limit' | 'blocked' | 'overloaded'; cpuMs: number; wallMs: number };

/** The wall-clock cap past which a test that is not using its CPU is looked at: a small multiple of the limit. */
export function wallCapMs(cpuMs: number): number {
  return 2 * cpuMs + 100;
}

/** Past this a test that still has CPU time left is given up as overloaded. */
export function wallCeilingMs(cpuMs: number): number {
  return 20 * cpuMs + 5000;
}

const POLL_MS = 5;

/** CPU time of this whole process so far, ms (getrusage: every thread). */
function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs `start` (an async call into `isolate`: `reference.apply`, `script.run`) while this thread watches
 * CPU time, so that CPU time and not the machine's load decides the time limit.
 *
 * The measure is this process's CPU time (getrusage): the sandbox process runs V8 single-threaded (no
 * background compiler or GC threads), so that is the isolate's thread plus this one, idle but for the
 * watcher's 5 ms ticks. isolated-vm's own `isolate.cpuTime` cannot serve: in this build it advances with
 * the wall clock (its thread-CPU read sits inside an `assert`, compiled out), so on a loaded machine it
 * would count other processes' time against the candidate. Past the limit the isolate is disposed, which
 * stops the call. Past the wall-clock cap, the run-queue delay of this process's threads tells a sleeping
 * candidate from a starved one.
 */
export async function runTimed<T>(isolate: ivm.Isolate, limits: TimeLimits, start: () => Promise<T>): Promise<Timed<T>> {
  const cpu0 = processCpuMs();
  const t0 = performance.now();
  const delay0 = runQueueDelayMs();
  const cap = wallCapMs(limits.cpuMs);
  const ceiling = wallCeilingMs(limits.cpuMs);
  let stopped: 'cpu-limit' | 'blocked' | 'overloaded' | null = null;
  const watch = setInterval(() => {
    if (stopped !== null || isolate.isDisposed) return;
    const cpu = processCpuMs() - cpu0;
    const wall = performance.now() - t0;
    if (cpu > limits.cpuMs) stopped = 'cpu-limit';
    else if (wall > cap) {
      const delay = runQueueDelayMs();
      // time the isolate neither ran nor waited for a CPU; without schedstat, only a nearly idle thread counts as asleep
      const asleep = delay !== null && delay0 !== null ? wall - cpu - Math.max(0, delay - delay0) : cpu < 0.05 * wall ? wall - cpu : 0;
      if (asleep > limits.cpuMs) stopped = 'blocked';
      else if (wall > ceiling) stopped = 'overloaded';
    }
    if (stopped !== null) isolate.dispose();
  }, POLL_MS);
  try {
    const value = await start();
    const cpuMs = processCpuMs() - cpu0;
    const wallMs = performance.now() - t0;
    // finished between two looks of the watcher, but over the limit all the same
    if (cpuMs > limits.cpuMs) return { kind: 'cpu-limit', cpuMs, wallMs };
    return { kind: 'done', value, cpuMs, wallMs };
  } catch (error) {
    const cpuMs = processCpuMs() - cpu0;
    const wallMs = performance.now() - t0;
    if (stopped !== null) return { kind: stopped, cpuMs, wallMs };
    return { kind: 'threw', error, cpuMs, wallMs };
  } finally {
    clearInterval(watch);
  }
}
