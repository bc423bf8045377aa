import os from 'node:os';
import { pythonRuntime } from '../python/python-runtime.ts';
import { PythonSandbox } from '../python/python-sandbox.ts';
import { SandboxProcess } from './sandbox-process.ts';
import type { CpuPriority } from './sandbox-command.ts';

/** A child is replaced after this many jobs, bounding whatever state it leaks. */
const MAX_JOBS_PER_CHILD = 200;

/** What the pool needs of a sandbox: the isolate's child process and the Python zygote both are one. */
export interface PooledSandbox {
  readonly alive: boolean;
  readonly jobsRun: number;
  kill(): void;
  setIdle(idle: boolean): void;
}

function poolSize(): number {
  const fromEnv = Number(process.env.GRADER_SANDBOX_PROCESSES);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/**
 * Warm sandboxes shared by every grading call in this process. A sandbox is reused only after a job
 * that ended cleanly (every job gets a fresh isolate or a freshly forked runner anyway); after a kill,
 * a crash or a memory-limit hit it is discarded.
 */
export class SandboxPool<P extends PooledSandbox> {
  private idle: P[] = [];
  private busy = 0;
  private waiters: Array<(p: P) => void> = [];
  /** how many sandboxes prewarm() asked to keep started */
  private warm = 0;

  constructor(
    private readonly size: number,
    private readonly create: () => P,
  ) {}

  async acquire(): Promise<P> {
    while (this.idle.length > 0) {
      const p = this.idle.pop()!;
      if (p.alive) {
        this.busy++;
        p.setIdle(false);
        return p;
      }
    }
    if (this.busy < this.size) {
      this.busy++;
      return this.create();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(p: P, reusable: boolean): void {
    const keep = reusable && p.alive && p.jobsRun < MAX_JOBS_PER_CHILD;
    if (!keep) p.kill();
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter(keep ? p : this.create());
      return;
    }
    this.busy--;
    if (keep) {
      p.setIdle(true);
      this.idle.push(p);
    } else this.prewarm(this.warm); // a discarded sandbox is replaced at once, not when the next job needs it
  }

  /** Starts idle sandboxes up to `count` (at most the pool's size), so the next submissions find them warm. */
  prewarm(count = this.size): void {
    this.warm = Math.max(this.warm, count);
    while (this.idle.length + this.busy < Math.min(count, this.size)) {
      const p = this.create();
      p.setIdle(true);
      this.idle.push(p);
    }
  }

  shutdown(): void {
    for (const p of this.idle) p.kill();
    this.idle = [];
  }
}

// one pool per language and CPU priority: a process cannot raise its own priority back, so low stays low
const pools = new Map<CpuPriority, SandboxPool<SandboxProcess>>();
const pythonPools = new Map<CpuPriority, SandboxPool<PythonSandbox>>();

export function sandboxPool(priority: CpuPriority = 'normal'): SandboxPool<SandboxProcess> {
  if (!pools.has(priority)) pools.set(priority, new SandboxPool(poolSize(), () => new SandboxProcess(priority)));
  return pools.get(priority)!;
}

export function pythonSandboxPool(priority: CpuPriority = 'normal'): SandboxPool<PythonSandbox> {
  if (!pythonPools.has(priority)) pythonPools.set(priority, new SandboxPool(poolSize(), () => new PythonSandbox(priority)));
  return pythonPools.get(priority)!;
}

/** Starts warm Python sandboxes where Python is available, so the first Python submission does not wait for numpy. */
export async function prewarmPythonSandboxes(count = 2): Promise<void> {
  if ((await pythonRuntime()).available) pythonSandboxPool().prewarm(count);
}

/** Kills idle sandboxes (CLIs call this before exiting; idle ones never keep a process alive). */
export function shutdownSandboxPool(): void {
  for (const pool of [...pools.values(), ...pythonPools.values()]) pool.shutdown();
}
