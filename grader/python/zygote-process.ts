import { spawn, type ChildProcess } from 'node:child_process';
import { z } from 'zod';
import { BWRAP, bwrapArgs, RUNNER_FILTER_FD, SANDBOX_FILTER_FD } from './bwrap-command.ts';
import { runnerFilter, sandboxFilter } from './seccomp-filter.ts';
import { sandboxCommand, type CpuPriority } from '../sandbox/sandbox-command.ts';

/** How one exchange with a runner ended, as the zygote (trusted) measured it. */
export type ExchangeEnd =
  | { kind: 'reply'; body: Buffer; cpuMs: number; wallMs: number }
  | { kind: 'timeout'; reason: 'cpu' | 'blocked' | 'wall'; cpuMs: number; wallMs: number }
  | { kind: 'died'; signal?: string; exitCode?: number; killed?: boolean; cpuMs: number; wallMs: number }
  | { kind: 'oversize'; cpuMs: number; wallMs: number };

/** One message for the runner, with the CPU time it may take to answer and the largest answer accepted. */
export interface ExchangeItem {
  payload: Buffer;
  cpuMs: number;
  maxReply: number;
  /** whether its CPU time counts toward the batch's budget (tests do, loading the code does not) */
  counted: boolean;
}

/** How a batch ended: how many items were not run, and whether the CPU budget (not a lost runner) stopped it. */
export interface BatchEnd {
  skipped: number;
  budget: boolean;
}

const Measured = { cpuMs: z.number().nonnegative(), wallMs: z.number().nonnegative() };
const EventSchema = z.discriminatedUnion('ev', [
  z.object({ ev: z.literal('ready'), python: z.string(), numpy: z.string() }),
  z.object({ ev: z.literal('data'), bytes: z.number().int().positive() }),
  z.object({ ev: z.literal('reply-end'), ...Measured }),
  z.object({ ev: z.literal('timeout'), reason: z.enum(['cpu', 'blocked', 'wall']), ...Measured }),
  z.object({ ev: z.literal('died'), signal: z.string().optional(), exitCode: z.number().int().optional(), killed: z.boolean().optional(), ...Measured }),
  z.object({ ev: z.literal('oversize'), ...Measured }),
  z.object({ ev: z.literal('batch-end'), skipped: z.number().int().nonnegative(), budget: z.boolean() }),
  z.object({ ev: z.literal('error'), message: z.string() }),
]);
type ZygoteEvent = z.infer<typeof EventSchema>;

/**
 * One warm sandbox: bubblewrap running the zygote (grader/python/sandbox/zygote.py), which forks one
 * runner at a time. The zygote is trusted (it never runs candidate code); every byte of a reply comes
 * from the runner and is treated as hostile by the caller.
 */
export class ZygoteProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<{ python: string; numpy: string }>;
  private buffer: Buffer = Buffer.alloc(0);
  private pendingData = 0;
  private replyParts: Buffer[] = [];
  private listener: ((event: ZygoteEvent) => void) | null = null;
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private stderrTail = '';

  constructor(priority: CpuPriority = 'normal') {
    const { command, args } = sandboxCommand(BWRAP, bwrapArgs(), { priority, exitWithParent: false });
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'] });
    const filters: Array<[number, Buffer]> = [
      [RUNNER_FILTER_FD, runnerFilter()],
      [SANDBOX_FILTER_FD, sandboxFilter()],
    ];
    for (const [fd, program] of filters) {
      const stream = this.child.stdio[fd] as NodeJS.WritableStream | null;
      stream?.on('error', () => undefined);
      stream?.end(program);
    }
    this.child.stdin?.on('error', () => undefined);
    this.child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.child.on('exit', (code, signal) => this.fail(`exited (${code ?? signal})`));
    this.child.on('error', (error) => this.fail(error.message));
    this.ready = new Promise((resolve, reject) => {
      this.onFailure = reject;
      this.listener = (event) => {
        if (event.ev !== 'ready') return;
        this.listener = null;
        this.onFailure = null;
        resolve({ python: event.python, numpy: event.numpy });
      };
    });
    this.ready.catch(() => undefined);
  }

  get alive(): boolean {
    return this.failure === null;
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  /** Lets the grading process exit while this sandbox is idle. */
  setIdle(idle: boolean): void {
    const streams = [this.child.stdout, this.child.stderr, this.child.stdin] as Array<{ ref?: () => void; unref?: () => void } | null>;
    if (idle) this.child.unref();
    else this.child.ref();
    for (const s of streams) (idle ? s?.unref : s?.ref)?.call(s);
  }

  /**
   * Runs a batch: optionally a fresh runner, then each item's message and its reply in turn, without a
   * round trip to this process in between, then the runner is ended. `onEnd` hears each item's end in order;
   * when the runner is lost, or the counted items have used `budgetMs` of CPU, the rest of the batch is
   * skipped and their number returned.
   */
  batch(spawnRunner: { memoryMb: number; cpuCapMs: number } | null, budgetMs: number, items: ExchangeItem[], onEnd: (index: number, end: ExchangeEnd) => void): Promise<BatchEnd> {
    const control = {
      op: 'run',
      spawn: spawnRunner,
      budgetMs: Math.max(1, Math.ceil(budgetMs)),
      items: items.map((i) => ({ bytes: i.payload.length, cpuMs: Math.ceil(i.cpuMs), maxReply: i.maxReply, counted: i.counted })),
    };
    return this.request(
      control,
      items.map((i) => i.payload),
      (resolve) => {
        let done = 0;
        return (e: ZygoteEvent) => {
          if (e.ev === 'batch-end') return resolve({ skipped: e.skipped, budget: e.budget });
          const end = toEnd(e, this.replyParts);
          if (end) {
            this.replyParts = [];
            onEnd(done++, end);
          }
        };
      },
    );
  }

  /** Sends one control (and its payloads) and feeds the events that follow to `handler` until it resolves. */
  private request<T>(control: object, payloads: Buffer[], handler: (resolve: (value: T) => void) => (e: ZygoteEvent) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const finish = (value: T) => {
        this.listener = null;
        this.onFailure = null;
        resolve(value);
      };
      this.onFailure = reject;
      this.listener = handler(finish);
      const body = Buffer.from(JSON.stringify(control));
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      this.child.stdin?.write(Buffer.concat([head, body, ...payloads]));
    });
  }

  private fail(why: string): void {
    if (this.failure) return;
    this.failure = new Error(`the Python sandbox ${why}${this.stderrTail ? `: ${this.stderrTail.trim().slice(-500)}` : ''}`);
    this.onFailure?.(this.failure);
    this.onFailure = null;
    this.listener = null;
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.pendingData > 0) {
        if (this.buffer.length === 0) return;
        const take = Math.min(this.pendingData, this.buffer.length);
        this.replyParts.push(this.buffer.subarray(0, take));
        this.buffer = this.buffer.subarray(take);
        this.pendingData -= take;
        continue;
      }
      if (this.buffer.length < 4) return;
      const length = this.buffer.readUInt32LE(0);
      if (this.buffer.length < 4 + length) return;
      const text = this.buffer.subarray(4, 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(4 + length);
      let event: ZygoteEvent;
      try {
        event = EventSchema.parse(JSON.parse(text));
      } catch {
        this.fail('sent an unreadable event');
        this.kill();
        return;
      }
      if (event.ev === 'data') this.pendingData = event.bytes;
      else if (event.ev === 'error') {
        this.fail(`reported: ${event.message}`);
        this.kill();
        return;
      } else this.listener?.(event);
    }
  }
}

function toEnd(e: ZygoteEvent, parts: Buffer[]): ExchangeEnd | null {
  switch (e.ev) {
    case 'reply-end':
      return { kind: 'reply', body: Buffer.concat(parts), cpuMs: e.cpuMs, wallMs: e.wallMs };
    case 'timeout':
      return { kind: 'timeout', reason: e.reason, cpuMs: e.cpuMs, wallMs: e.wallMs };
    case 'died': {
      const { ev: _event, ...how } = e;
      return { kind: 'died', ...how };
    }
    case 'oversize':
      return { kind: 'oversize', cpuMs: e.cpuMs, wallMs: e.wallMs };
    default:
      return null;
  }
}
