import { spawn, type ChildProcess } from 'node:child_process';
import { z } from 'zod';
import { BWRAP, bwrapArgs, RUNNER_FILTER_FD, SANDBOX_FILTER_FD } from './bwrap-command.ts';
import { runnerFilter, sandboxFilter } from './seccomp-filter.ts';

/** How one exchange with a runner ended, as the zygote (trusted) measured it. */
export type ExchangeEnd =
  | { kind: 'reply'; body: Buffer; cpuMs: number; wallMs: number }
  | { kind: 'timeout'; reason: 'cpu' | 'blocked' | 'wall'; cpuMs: number; wallMs: number }
  | { kind: 'died'; signal?: string; exitCode?: number; killed?: boolean; cpuMs: number; wallMs: number }
  | { kind: 'oversize'; cpuMs: number; wallMs: number };

const Measured = { cpuMs: z.number().nonnegative(), wallMs: z.number().nonnegative() };
const EventSchema = z.discriminatedUnion('ev', [
  z.object({ ev: z.literal('ready'), python: z.string(), numpy: z.string() }),
  z.object({ ev: z.literal('spawned') }),
  z.object({ ev: z.literal('killed') }),
  z.object({ ev: z.literal('data'), bytes: z.number().int().positive() }),
  z.object({ ev: z.literal('reply-end'), ...Measured }),
  z.object({ ev: z.literal('timeout'), reason: z.enum(['cpu', 'blocked', 'wall']), ...Measured }),
  z.object({ ev: z.literal('died'), signal: z.string().optional(), exitCode: z.number().int().optional(), killed: z.boolean().optional(), ...Measured }),
  z.object({ ev: z.literal('oversize'), ...Measured }),
  z.object({ ev: z.literal('error'), message: z.string() }),
]);
type ZygoteEvent = z.infer<typeof EventSchema>;

type Waiter = (event: ZygoteEvent, data: Buffer[]) => boolean;

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
  private waiter: Waiter | null = null;
  private exited = false;
  private stderrTail = '';
  private failure: Error | null = null;
  private onExit: Array<(error: Error) => void> = [];

  constructor() {
    this.child = spawn(BWRAP, bwrapArgs(), { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'] });
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
    const ended = (why: string) => {
      if (this.exited) return;
      this.exited = true;
      this.failure = new Error(`the Python sandbox exited (${why})${this.stderrTail ? `: ${this.stderrTail.trim().slice(-500)}` : ''}`);
      for (const f of this.onExit.splice(0)) f(this.failure);
    };
    this.child.on('exit', (code, signal) => ended(String(code ?? signal)));
    this.child.on('error', (error) => ended(error.message));
    this.ready = this.next((e) => e.ev === 'ready').then((e) => e as { python: string; numpy: string });
    this.ready.catch(() => undefined);
  }

  get alive(): boolean {
    return !this.exited;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  /** Lets the grading process exit while this sandbox is idle. */
  setIdle(idle: boolean): void {
    const streams = [this.child.stdout, this.child.stderr, this.child.stdin] as Array<{ ref?: () => void; unref?: () => void } | null>;
    if (idle) this.child.unref();
    else this.child.ref();
    for (const s of streams) (idle ? s?.unref : s?.ref)?.call(s);
  }

  /** Forks a fresh runner (the previous one, if any, is killed first). */
  async spawnRunner(memoryMb: number, cpuCapMs: number): Promise<void> {
    const done = this.next((e) => e.ev === 'spawned');
    this.send({ op: 'spawn', memoryMb, cpuCapMs });
    await done;
  }

  async killRunner(): Promise<void> {
    const done = this.next((e) => e.ev === 'killed');
    this.send({ op: 'kill' });
    await done;
  }

  /** Gives the runner one message and waits for its reply, or for the zygote to stop it. */
  async exchange(payload: Buffer, cpuMs: number, maxReply: number): Promise<ExchangeEnd> {
    this.replyParts = [];
    const end = this.next((e) => ['reply-end', 'timeout', 'died', 'oversize'].includes(e.ev));
    this.send({ op: 'exchange', bytes: payload.length, cpuMs: Math.ceil(cpuMs), maxReply }, payload);
    const e = await end;
    const measured = { cpuMs: 'cpuMs' in e ? e.cpuMs : 0, wallMs: 'wallMs' in e ? e.wallMs : 0 };
    if (e.ev === 'reply-end') return { kind: 'reply', body: Buffer.concat(this.replyParts), ...measured };
    if (e.ev === 'timeout') return { kind: 'timeout', reason: e.reason, ...measured };
    if (e.ev === 'died') {
      const { ev: _, cpuMs: __, wallMs: ___, ...how } = e;
      return { kind: 'died', ...how, ...measured };
    }
    return { kind: 'oversize', ...measured };
  }

  private send(control: object, payload?: Buffer): void {
    const body = Buffer.from(JSON.stringify(control));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    this.child.stdin?.write(payload ? Buffer.concat([head, body, payload]) : Buffer.concat([head, body]));
  }

  /** Resolves with the first event the predicate accepts; rejects if the sandbox dies or reports an error. */
  private next(accept: (e: ZygoteEvent) => boolean): Promise<ZygoteEvent> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const onExit = (error: Error) => reject(error);
      this.onExit.push(onExit);
      this.waiter = (event) => {
        if (event.ev === 'error') {
          this.waiter = null;
          reject(new Error(`the Python sandbox reported: ${event.message}`));
          return true;
        }
        if (!accept(event)) return false;
        this.waiter = null;
        this.onExit = this.onExit.filter((f) => f !== onExit);
        resolve(event);
        return true;
      };
    });
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
      const parsed = EventSchema.safeParse(JSON.parse(this.buffer.subarray(4, 4 + length).toString('utf8')));
      this.buffer = this.buffer.subarray(4 + length);
      if (!parsed.success) {
        this.kill();
        return;
      }
      const event = parsed.data;
      if (event.ev === 'data') {
        this.pendingData = event.bytes;
        continue;
      }
      this.waiter?.(event, this.replyParts);
    }
  }
}
