import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PrismaClient } from '../../lib/server/db/client';
import { stopChild } from '../../lib/server/runtime/stop-child';
import { SUBMISSION_CHANNEL } from '../../lib/server/submissions/limits';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The same for every launcher of a run: sessions and server actions must work on every web process. */
export const TEST_AUTH_SECRET = 'processes-test-secret-0123456789abcdef';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const tempDir = (prefix: string) => mkdtemp(path.join(os.tmpdir(), `grader-${prefix}-`));

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 60_000, everyMs = 100, what = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** `npm start` as an operator runs it, with its output kept for assertions and failure reports. */
export class Launcher {
  readonly child: ChildProcess;
  output = '';

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'development', BETTER_AUTH_SECRET: TEST_AUTH_SECRET, SIGN_UP_LIMIT_PER_HOUR: '100000', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      if (process.env.PROCESSES_TEST_VERBOSE) process.stdout.write(chunk);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
  }

  /** Resolves with the first match of `pattern` in the output (waiting for it). */
  async waitForLine(pattern: RegExp, timeoutMs = 600_000): Promise<RegExpMatchArray> {
    return waitFor(
      async () => this.output.match(pattern),
      (m) => m !== null,
      { timeoutMs, everyMs: 200, what: `${pattern} in the launcher's output:\n${this.output.slice(-3000)}` },
    ) as Promise<RegExpMatchArray>;
  }

  /** pids of the launcher's direct children whose command line matches */
  children(pattern: RegExp): number[] {
    return childPids(this.child.pid!).filter((pid) => pattern.test(commandLine(pid)));
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 30_000);
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Direct children of a process (from /proc; Linux). */
export function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Every process below `root` (children, theirs, …), found before anything is killed. */
export function descendants(root: number): number[] {
  const found: number[] = [];
  for (let next = [root]; next.length > 0; ) {
    next = next.flatMap(childPids);
    found.push(...next);
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return state.slice(state.lastIndexOf(')') + 2, state.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * Waits for submissions' verdicts as a web process does: LISTEN on the workers' notifications, the row
 * read on each (and every half second, as a safety net). Times are this process's performance.now().
 */
export class VerdictWatcher {
  private readonly waiting = new Map<string, Array<(done: { verdict: string; at: number }) => void>>();
  private readonly client: pg.Client;
  private readonly poll: ReturnType<typeof setInterval>;

  constructor(private readonly prisma: PrismaClient, databaseUrl: string) {
    this.client = new pg.Client({ connectionString: databaseUrl });
    this.client.on('notification', (m) => m.payload && void this.check(m.payload));
    this.client.on('error', () => undefined);
    this.poll = setInterval(() => this.waiting.forEach((_, id) => void this.check(id)), 500);
  }

  async start(): Promise<void> {
    await this.client.connect();
    await this.client.query(`LISTEN ${SUBMISSION_CHANNEL}`);
  }

  verdictOf(id: string): Promise<{ verdict: string; at: number }> {
    const promise = new Promise<{ verdict: string; at: number }>((resolve) => this.waiting.set(id, [...(this.waiting.get(id) ?? []), resolve]));
    void this.check(id);
    return promise;
  }

  private async check(id: string): Promise<void> {
    if (!this.waiting.has(id)) return;
    const at = performance.now();
    const row = await this.prisma.submission.findUnique({ where: { id }, select: { status: true, verdict: true } }).catch(() => null);
    if (row?.status !== 'done' || !this.waiting.has(id)) return;
    const resolvers = this.waiting.get(id)!;
    this.waiting.delete(id);
    resolvers.forEach((resolve) => resolve({ verdict: row.verdict!, at }));
  }

  async stop(): Promise<void> {
    clearInterval(this.poll);
    await this.client.end().catch(() => undefined);
  }
}
