import { fork, type ChildProcess } from 'node:child_process';
import { childBundlePath } from './child-bundle.ts';
import { sandboxCommand, type CpuPriority } from './sandbox-command.ts';
import { processRssMb } from './process-rss.ts';
import type { ChildMessage, LoadFailure, SandboxJob, TestOutcome } from './sandbox-protocol.ts';

export interface JobListener {
  onTestStart(index: number): void;
  onTestResult(index: number, outcome: TestOutcome): void;
  onLoadFailed(failure: LoadFailure): void;
}

/** How a job ended, seen from the parent. `runningIndex` is the test in flight when it ended badly. */
export type JobEnd =
  | { kind: 'done'; recycle: boolean; cpuMs: number }
  | { kind: 'stalled'; runningIndex: number | null }
  | { kind: 'memory-watchdog'; runningIndex: number | null }
  | { kind: 'died'; runningIndex: number | null; detail: string };

const RSS_POLL_MS = 50;

/** One sandbox child process. It runs one job at a time; the parent can always kill it. */
export class SandboxProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  jobsRun = 0;
  private exited = false;
  private stderrTail = '';
  private nextJobId = 1;

  constructor(priority: CpuPriority = 'normal') {
    // V8 single-threaded: compiling and collecting garbage happen on the isolate's own thread, so its CPU
    // time does not depend on whether background threads got a CPU (a loaded machine would otherwise
    // leave hot code unoptimized for longer), and this process's CPU time is the isolate's (run-timed.ts)
    const node = sandboxCommand(process.execPath, ['--no-node-snapshot', '--single-threaded'], { priority, exitWithParent: true });
    this.child = fork(childBundlePath(), [], {
      execPath: node.command,
      execArgv: node.args,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.child.on('exit', () => {
      this.exited = true;
    });
    this.child.on('error', () => {
      this.exited = true;
    });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type === 'ready') {
          this.child.off('message', onMessage);
          resolve();
        }
      };
      this.child.on('message', onMessage);
      this.child.once('exit', (code, signal) => reject(new Error(`sandbox child exited during start-up (${code ?? signal}): ${this.stderrTail}`)));
    });
    this.ready.catch(() => undefined); // observed by run(); avoid an unhandled rejection
  }

  get alive(): boolean {
    return !this.exited && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  /** Lets the grading process exit while this child is idle. */
  setIdle(idle: boolean): void {
    const channel = this.child.channel as { ref?: () => void; unref?: () => void } | null | undefined;
    if (idle) {
      this.child.unref();
      channel?.unref?.();
    } else {
      this.child.ref();
      channel?.ref?.();
    }
  }

  /**
   * Sends one job and resolves when it ends in any way: normally, by going silent for `stallMs` (the
   * child watches its isolates' time itself and sends a heartbeat every second, so silence means it is
   * stuck in native code; it is killed), by the RSS watchdog (killed) or by the child dying on its own.
   */
  async run(job: Omit<SandboxJob, 'type' | 'jobId'>, opts: { stallMs: number; rssLimitMb: number }, listener: JobListener): Promise<JobEnd> {
    await this.ready;
    this.jobsRun++;
    const jobId = this.nextJobId++;
    let running: number | null = null;
    return new Promise<JobEnd>((resolve) => {
      let settled = false;
      const finish = (end: JobEnd) => {
        if (settled) return;
        settled = true;
        clearTimeout(stallTimer);
        clearInterval(rssTimer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(end);
      };
      const onMessage = (m: ChildMessage) => {
        if (!('jobId' in m) || m.jobId !== jobId) return;
        stallTimer.refresh();
        if (m.type === 'test-start') {
          running = m.index;
          listener.onTestStart(m.index);
        } else if (m.type === 'test-result') {
          running = null;
          listener.onTestResult(m.index, m.outcome);
        } else if (m.type === 'load-failed') {
          listener.onLoadFailed(m.failure);
        } else if (m.type === 'done') {
          finish({ kind: 'done', recycle: m.recycle, cpuMs: m.cpuMs });
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        finish({ kind: 'died', runningIndex: running, detail: `exit ${code ?? signal}: ${this.stderrTail.slice(-300)}` });
      };
      const stallTimer = setTimeout(() => {
        this.kill();
        finish({ kind: 'stalled', runningIndex: running });
      }, opts.stallMs);
      const rssTimer = setInterval(() => {
        const pid = this.child.pid;
        const rss = pid === undefined ? null : processRssMb(pid);
        if (rss !== null && rss > opts.rssLimitMb) {
          this.kill();
          finish({ kind: 'memory-watchdog', runningIndex: running });
        }
      }, RSS_POLL_MS);
      this.child.on('message', onMessage);
      this.child.on('exit', onExit);
      if (!this.alive) {
        finish({ kind: 'died', runningIndex: null, detail: 'sandbox child was not running' });
        return;
      }
      this.child.send({ type: 'run', jobId, ...job } satisfies SandboxJob);
    });
  }
}
