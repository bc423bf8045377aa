import os from 'node:os';
import { SandboxProcess } from './sandbox-process.ts';

/** A child is replaced after this many jobs, bounding whatever state isolated-vm leaks. */
const MAX_JOBS_PER_CHILD = 200;

function poolSize(): number {
  const fromEnv = Number(process.env.GRADER_SANDBOX_PROCESSES);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/**
 * Warm sandbox children shared by every grading call in this process. A child is reused only after
 * a job that ended cleanly (every job gets a fresh isolate anyway); after a kill, a crash or a
 * memory-limit hit it is discarded.
 */
class SandboxPool {
  private idle: SandboxProcess[] = [];
  private busy = 0;
  private waiters: Array<(p: SandboxProcess) => void> = [];

  constructor(private readonly size: number) {}

  async acquire(): Promise<SandboxProcess> {
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
      return new SandboxProcess();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(p: SandboxProcess, reusable: boolean): void {
    const keep = reusable && p.alive && p.jobsRun < MAX_JOBS_PER_CHILD;
    if (!keep) p.kill();
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter(keep ? p : new SandboxProcess());
      return;
    }
    this.busy--;
    if (keep) {
      p.setIdle(true);
      this.idle.push(p);
    }
  }

  shutdown(): void {
    for (const p of this.idle) p.kill();
    this.idle = [];
  }
}

let pool: SandboxPool | null = null;

export function sandboxPool(): SandboxPool {
  pool ??= new SandboxPool(poolSize());
  return pool;
}

/** Kills idle children (CLIs call this before exiting; idle children never keep a process alive). */
export function shutdownSandboxPool(): void {
  pool?.shutdown();
}
