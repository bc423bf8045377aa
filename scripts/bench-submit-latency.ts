/**
 * npm run bench:latency [-- --n 60] [--concurrency K] [--worker-concurrency W] [--warmup W] [--verbose]
 *
 * Submit-to-verdict latency through the real submit path: `createSubmission` (what the web tier
 * runs: insert + enqueue in one transaction) → graphile-worker queue in PostgreSQL → one real
 * grading worker process (`npm run worker`) → verdict row + NOTIFY on `submission_status`.
 *
 * How a submission is timed (all in this process, performance.now()):
 *   t0  just before createSubmission() is called (the moment the browser's POST reaches the web tier)
 *   t1  when the LISTEN connection receives the `submission_status` notification after which the
 *       submission's row reads status = 'done' (the row is read on every notification, as an SSE
 *       endpoint would; t1 is that notification's arrival time, not the end of the read)
 *   end-to-end = t1 - t0. Parts: `insert` = createSubmission's own time; `queue` = createdAt→startedAt
 *   and `grade` = startedAt→finishedAt from the row (DB timestamps, ms resolution); `gradingMs` = the
 *   grader's own measure; `record+notify` = finishedAt → t1 on the wall clock (same machine, ms
 *   resolution): the verdict transaction with its per-test rows, the NOTIFY, and its delivery.
 *
 * Without DATABASE_URL it starts a throwaway embedded PostgreSQL in a temp folder (migrated, problems
 * synced) and removes it afterwards. With DATABASE_URL it uses that server as it is (no migrations,
 * no problem sync: run `npm start` against it once), creates uniquely named bench users and deletes
 * only those users (and so their submissions) at the end. Expected values are cached in a temp
 * folder (GRADER_DATA_DIR), filled by the unmeasured warm-up.
 *
 * Exits non-zero when a submission ends in internal_error, does not finish within 60 s, or a verdict
 * is not the expected one (solutions accepted; mistakes on Submit: their `// expect:` verdict).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { listProblems, readProblemMeta, type ProblemMeta } from '../grader/index.ts';
import { createPrismaClient, type PrismaClient } from '../lib/server/db/client.ts';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/server/db/embedded-postgres.ts';
import { applyMigrations, readMigrations } from '../lib/server/db/migrations.ts';
import { syncProblems } from '../lib/server/problems/sync-problems.ts';
import { migrateQueue } from '../lib/server/queue/queue-schema.ts';
import { seedUser } from '../lib/server/seed/seed-user.ts';
import { createSubmission } from '../lib/server/submissions/create-submission.ts';
import { SUBMISSION_CHANNEL, SUBMISSIONS_PER_MINUTE } from '../lib/server/submissions/limits.ts';
import { BENCH_SLUGS as SLUGS, ms, stats, table, positiveInt } from './bench-stats.ts';
import { stopChild } from '../lib/server/runtime/stop-child.ts';

process.env.CHECKPOINT_DISABLE = '1';

const ROOT = path.resolve(import.meta.dirname, '..');
const VERDICT_TIMEOUT_MS = 60_000;
const WORKER_READY_TIMEOUT_MS = 120_000;

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '1' },
    'worker-concurrency': { type: 'string' },
    warmup: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const N = positiveInt('n', flags.n);
const CONCURRENCY = positiveInt('concurrency', flags.concurrency);
const WORKER_CONCURRENCY = positiveInt('worker-concurrency', flags['worker-concurrency'] ?? String(CONCURRENCY));
// one Submit of each problem's solution: fills the expected-value cache of every problem in the mix
const WARMUP = positiveInt('warmup', flags.warmup ?? String(Math.max(3, SLUGS.length)), 0);
const log = (line: string) => console.log(`[bench] ${line}`);

type Kind = 'run' | 'submit';
type Planned = { slug: string; kind: Kind; variant: string; code: string; expect: string };
type Measured = Planned & {
  id: string;
  verdict: string | null;
  e2eMs: number;
  insertMs: number;
  runningSeenMs: number | null;
  queueMs: number;
  gradeMs: number;
  gradingMs: number | null;
  notifyMs: number;
};
type Failure = { planned: Planned; id?: string; reason: string };

// ---------------------------------------------------------------- the mix
/**
 * Round-robin over the five problems; per problem the kinds alternate Run, Submit, and every third
 * pair is a mistake (the problem's mistakes/ in turn) instead of the reference solution.
 */
function buildPlan(metas: Map<string, ProblemMeta>, n: number): Planned[] {
  const plan: Planned[] = [];
  const mistakeTurn = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const slug = SLUGS[i % SLUGS.length]!;
    const meta = metas.get(slug)!;
    const round = Math.floor(i / SLUGS.length);
    const kind: Kind = round % 2 === 0 ? 'run' : 'submit';
    const useMistake = Math.floor(round / 2) % 3 === 2 && meta.mistakes.length > 0;
    if (!useMistake) {
      plan.push({ slug, kind, variant: 'solution', code: meta.solutionCode, expect: 'accepted' });
      continue;
    }
    const turn = mistakeTurn.get(slug) ?? 0;
    mistakeTurn.set(slug, turn + 1);
    const mistake = meta.mistakes[turn % meta.mistakes.length]!;
    // The samples are a subset of the tests, and several mistakes pass them: on Run only "graded, not
    // internal_error" is asserted; on Submit the mistake's declared verdict.
    plan.push({ slug, kind, variant: `mistake:${mistake.file}`, code: mistake.code, expect: kind === 'submit' ? mistake.expect : 'any' });
  }
  return plan;
}

// ---------------------------------------------------------------- report
function report(results: Measured[], wallMs: number): void {
  const groups = new Map<string, Measured[]>();
  for (const slug of SLUGS) for (const kind of ['run', 'submit']) groups.set(`${slug} ${kind}`, []);
  for (const r of results) groups.get(`${r.slug} ${r.kind}`)!.push(r);
  const verdictSummary = (rs: Measured[]) => {
    const counts = new Map<string, number>();
    for (const r of rs) counts.set(r.verdict ?? 'none', (counts.get(r.verdict ?? 'none') ?? 0) + 1);
    return [...counts].map(([v, c]) => `${v}×${c}`).join(' ');
  };
  const e2eRow = (label: string, rs: Measured[]) => {
    const s = stats(rs.map((r) => r.e2eMs));
    return [label, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), ms(s.mean), verdictSummary(rs)];
  };
  const rows = [...groups].filter(([, rs]) => rs.length > 0).map(([label, rs]) => e2eRow(label, rs));
  rows.push(e2eRow('all', results));
  console.log('\nSubmit-to-verdict latency, end to end (ms; t0 before createSubmission → NOTIFY after which the row is done)');
  console.log(table(['problem kind', 'n', 'p50', 'p95', 'max', 'mean', 'verdicts'], rows));

  // [label, short label, value]
  const parts: Array<[string, string, (r: Measured) => number | null]> = [
    ['end to end (t0→t1)', 'e2e', (r) => r.e2eMs],
    ['insert (createSubmission call)', 'insert', (r) => r.insertMs],
    ['queue (createdAt→startedAt)', 'queue', (r) => r.queueMs],
    ['grade (startedAt→finishedAt)', 'grade', (r) => r.gradeMs],
    ['  of which gradingMs (grader)', 'gradingMs', (r) => r.gradingMs],
    ['record+notify (finishedAt→t1)', 'record+notify', (r) => r.notifyMs],
    ['"running" seen (t0→1st NOTIFY)', 'running seen', (r) => r.runningSeenMs],
  ];
  console.log('\nParts, all submissions (ms)');
  console.log(
    table(
      ['part', 'n', 'p50', 'p95', 'max', 'mean'],
      parts.map(([label, , get]) => {
        const s = stats(results.map(get).filter((x): x is number => x !== null));
        return [label, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), ms(s.mean)];
      }),
    ),
  );
  console.log('\nParts per problem and kind (p50 / p95, ms)');
  const short = parts.slice(1, 6);
  console.log(
    table(
      ['problem kind', 'n', ...short.map(([, l]) => l)],
      [...groups]
        .filter(([, rs]) => rs.length > 0)
        .map(([label, rs]) => [
          label,
          String(rs.length),
          ...short.map(([, , get]) => {
            const s = stats(rs.map(get).filter((x): x is number => x !== null));
            return `${ms(s.p50)} / ${ms(s.p95)}`;
          }),
        ]),
    ),
  );
  console.log(
    `\n${results.length} submissions in ${(wallMs / 1000).toFixed(1)} s with ${CONCURRENCY} in flight and worker concurrency ${WORKER_CONCURRENCY}: ` +
      `${((results.length * 1000) / wallMs).toFixed(2)} submissions/s`,
  );
}

// ---------------------------------------------------------------- the LISTEN side
type RowTimes = { status: string; verdict: string | null; createdMs: number; startedMs: number | null; finishedMs: number | null; gradingMs: number | null };
type Waiter = {
  firstSeen: number | null;
  done: boolean;
  /** reads for one submission run one after another, so the earliest notification that finds it done wins */
  chain: Promise<void>;
  resolve: (v: { t1: number; t1Wall: number; row: RowTimes }) => void;
};

class VerdictListener {
  private readonly waiters = new Map<string, Waiter>();
  /** notifications for ids createSubmission has not returned yet (a fast worker can beat it) */
  private readonly early = new Map<string, Array<{ t: number; wall: number }>>();
  private constructor(
    private readonly listen: pg.Client,
    private readonly reader: pg.Pool,
  ) {}

  static async start(databaseUrl: string): Promise<VerdictListener> {
    const listen = new pg.Client({ connectionString: databaseUrl });
    await listen.connect();
    const reader = new pg.Pool({ connectionString: databaseUrl, max: Math.max(2, CONCURRENCY + 1) });
    // a dropped connection (server stopped, Ctrl+C) must not crash the run before it cleans up
    listen.on('error', (error) => console.error(`[bench] LISTEN connection: ${error.message}`));
    reader.on('error', (error) => console.error(`[bench] reader pool: ${error.message}`));
    const self = new VerdictListener(listen, reader);
    listen.on('notification', (message) => {
      const t = performance.now();
      const wall = Date.now();
      if (message.channel !== SUBMISSION_CHANNEL || !message.payload) return;
      self.onNotification(message.payload, t, wall);
    });
    await listen.query(`LISTEN ${SUBMISSION_CHANNEL}`);
    return self;
  }

  readRow(id: string): Promise<RowTimes | undefined> {
    return this.reader
      .query<RowTimes>(
        `SELECT status::text AS status, verdict::text AS verdict,
                (extract(epoch FROM "createdAt") * 1000)::float8 AS "createdMs",
                (extract(epoch FROM "startedAt") * 1000)::float8 AS "startedMs",
                (extract(epoch FROM "finishedAt") * 1000)::float8 AS "finishedMs",
                "gradingMs"
           FROM "Submission" WHERE id = $1`,
        [id],
      )
      .then((r) => r.rows[0]);
  }

  private onNotification(id: string, t: number, wall: number): void {
    const waiter = this.waiters.get(id);
    if (!waiter) {
      const list = this.early.get(id) ?? [];
      list.push({ t, wall });
      this.early.set(id, list);
      return;
    }
    waiter.firstSeen ??= t;
    waiter.chain = waiter.chain.then(async () => {
      if (waiter.done) return;
      const row = await this.readRow(id).catch((error) => console.error(`[bench] reading submission ${id}:`, error));
      if (!row || row.status !== 'done' || waiter.done) return;
      waiter.done = true;
      waiter.resolve({ t1: t, t1Wall: wall, row });
    });
  }

  /** Resolves at the first notification after which the row is done; rejects after `timeoutMs`. */
  waitForVerdict(id: string, timeoutMs: number): Promise<{ t1: number; t1Wall: number; row: RowTimes; firstSeen: number | null }> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        firstSeen: null,
        done: false,
        chain: Promise.resolve(),
        resolve: (v) => {
          clearTimeout(timer);
          this.waiters.delete(id);
          resolve({ ...v, firstSeen: waiter.firstSeen });
        },
      };
      const timer = setTimeout(() => {
        waiter.done = true;
        this.waiters.delete(id);
        void this.readRow(id).then(
          (row) => reject(new Error(row?.status === 'done' ? `done (${row.verdict}) but no notification arrived within ${timeoutMs / 1000} s` : `no verdict within ${timeoutMs / 1000} s (status ${row?.status ?? 'missing'})`)),
          reject,
        );
      }, timeoutMs);
      this.waiters.set(id, waiter);
      for (const { t, wall } of this.early.get(id) ?? []) this.onNotification(id, t, wall);
      this.early.delete(id);
    });
  }

  async close(): Promise<void> {
    await this.listen.end().catch(() => undefined);
    await this.reader.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- the worker
function startWorker(databaseUrl: string, dataDir: string, verbose: boolean, stopping: () => boolean): { child: ChildProcess; ready: Promise<void>; tail: string[] } {
  const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', 'worker/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), GRADER_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not report ready within ${WORKER_READY_TIMEOUT_MS / 1000} s`)), WORKER_READY_TIMEOUT_MS);
    const onLine = (stream: 'out' | 'err') => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        // its stderr (queue warnings, grading errors) is shown, except the expected shutdown lines
        if (verbose || (stream === 'err' && !stopping())) console.log(`[worker] ${line.replace(/^\[worker\] /, '')}`);
        if (line.includes('[worker] grading with concurrency')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout!.on('data', onLine('out'));
    child.stderr!.on('data', onLine('err'));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited (code ${code}, signal ${signal}) before it was ready:\n${tail.join('\n')}`));
    });
  });
  ready.catch(() => undefined);
  return { child, ready, tail };
}


// ---------------------------------------------------------------- main
async function main(): Promise<number> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'bench-latency-'));
  let embedded: EmbeddedDatabase | undefined;
  let prisma: PrismaClient | undefined;
  let listener: VerdictListener | undefined;
  let worker: ChildProcess | undefined;
  const benchUserIds: string[] = [];
  let ownDatabase = false;
  let stopping = false;
  const cleanup = async () => {
    stopping = true;
    if (worker) await stopChild(worker);
    await listener?.close();
    if (prisma && !ownDatabase && benchUserIds.length > 0) {
      // a shared server: remove exactly what this run created (submissions and results cascade)
      await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key IN (SELECT id FROM "Submission" WHERE "userId" = ANY(${benchUserIds}::text[]))`.catch(() => undefined);
      await prisma.user.deleteMany({ where: { id: { in: benchUserIds } } }).catch((e) => console.error('[bench] could not delete the bench users:', e));
    }
    await prisma?.$disconnect().catch(() => undefined);
    await embedded?.stop().catch((e) => console.error('[bench] could not stop the embedded PostgreSQL:', e));
    await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  };
  // Last resort when the process exits before cleanup() finished (embedded-postgres installs its own
  // SIGINT/SIGTERM hook, which stops the server and then exits): kill the worker, remove the folder.
  process.on('exit', () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill('SIGTERM');
    rmSync(tempDir, { recursive: true, force: true });
  });
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted; cleaning up');
    void cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // 1. database
    let databaseUrl = process.env.DATABASE_URL;
    const metas = new Map<string, ProblemMeta>();
    if (databaseUrl) {
      log('Using the PostgreSQL server in DATABASE_URL as it is (no migrations, no problem sync).');
      for (const slug of SLUGS) metas.set(slug, await readProblemMeta(path.join(ROOT, 'problems', slug)));
      prisma = createPrismaClient(databaseUrl);
      const active = await prisma.problem.findMany({ where: { slug: { in: SLUGS }, active: true }, select: { slug: true } });
      const missing = SLUGS.filter((s) => !active.some((p) => p.slug === s));
      if (missing.length) throw new Error(`problems missing in that database: ${missing.join(', ')} (run \`npm start\` against it once to migrate and sync)`);
    } else {
      ownDatabase = true;
      const t = performance.now();
      embedded = await startEmbeddedDatabase({ dataDir: path.join(tempDir, 'pg'), port: 56500 + Math.floor(Math.random() * 400), databaseName: 'bench' });
      databaseUrl = embedded.url;
      await applyMigrations(databaseUrl, await readMigrations(path.join(ROOT, 'prisma/migrations')));
      await migrateQueue(databaseUrl);
      prisma = createPrismaClient(databaseUrl);
      const { problems, failures } = await listProblems();
      for (const f of failures) log(`skipping problem ${f.slug}: ${f.message}`);
      await syncProblems(prisma, { packages: problems });
      for (const p of problems) if (SLUGS.includes(p.slug)) metas.set(p.slug, p);
      const missing = SLUGS.filter((s) => !metas.has(s));
      if (missing.length) throw new Error(`problems failed to load: ${missing.join(', ')}`);
      log(`Embedded PostgreSQL on port ${embedded.port} in ${tempDir} (ready, migrated and synced in ${ms(performance.now() - t)} ms)`);
    }

    // 2. users: each takes at most SUBMISSIONS_PER_MINUTE - 1 submissions in all, so the limit never bites
    const total = WARMUP + N;
    const perUser = SUBMISSIONS_PER_MINUTE - 1;
    const userCount = Math.ceil(total / perUser);
    const tag = randomUUID().slice(0, 8);
    for (let i = 0; i < userCount; i++) {
      const user = await seedUser(prisma, { email: `bench-${tag}-${i}@bench.invalid`, name: `Bench ${tag} ${i}`, password: randomUUID() });
      benchUserIds.push(user.id);
    }
    let submissionCounter = 0;
    const nextUser = () => benchUserIds[Math.floor(submissionCounter++ / perUser)]!;
    log(`${userCount} bench users (bench-${tag}-*), ≤ ${perUser} submissions each (limit ${SUBMISSIONS_PER_MINUTE}/min per user)`);

    // 3. listener and worker
    listener = await VerdictListener.start(databaseUrl);
    const cacheDir = path.join(tempDir, 'grader-data');
    const t = performance.now();
    const started = startWorker(databaseUrl, cacheDir, flags.verbose ?? false, () => stopping);
    worker = started.child;
    await started.ready;
    log(`Worker ready in ${ms(performance.now() - t)} ms (WORKER_CONCURRENCY=${WORKER_CONCURRENCY}, expected-value cache in GRADER_DATA_DIR=${cacheDir})`);
    worker.once('exit', (code, signal) => {
      if (!stopping) console.error(`[bench] the worker exited early (code ${code}, signal ${signal}):\n${started.tail.join('\n')}`);
    });

    const failures: Failure[] = [];
    const measureOne = async (planned: Planned): Promise<Measured | undefined> => {
      const userId = nextUser();
      let id: string | undefined;
      try {
        const t0 = performance.now();
        const t0Wall = Date.now();
        id = (await createSubmission(prisma!, { userId, problemSlug: planned.slug, kind: planned.kind, code: planned.code })).id;
        const insertMs = performance.now() - t0;
        const { t1, t1Wall, row, firstSeen } = await listener!.waitForVerdict(id, VERDICT_TIMEOUT_MS);
        const measured: Measured = {
          ...planned,
          id,
          verdict: row.verdict,
          e2eMs: t1 - t0,
          insertMs,
          runningSeenMs: firstSeen === null ? null : firstSeen - t0,
          queueMs: (row.startedMs ?? NaN) - row.createdMs,
          gradeMs: (row.finishedMs ?? NaN) - (row.startedMs ?? NaN),
          gradingMs: row.gradingMs,
          notifyMs: t1Wall - (row.finishedMs ?? NaN),
        };
        // sanity check of the clocks behind the row's timestamps (DB default vs. the worker's Date)
        if (row.createdMs < t0Wall - 50 || row.createdMs > t0Wall + insertMs + 50) {
          log(`warning: ${id} createdAt is ${ms(row.createdMs - t0Wall)} ms from t0 (time zone or clock mismatch?)`);
        }
        const ok = row.verdict !== 'internal_error' && (planned.expect === 'any' || row.verdict === planned.expect);
        if (!ok) failures.push({ planned, id, reason: `verdict ${row.verdict}, expected ${planned.expect}` });
        return measured;
      } catch (error) {
        failures.push({ planned, id, reason: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    };
    const runAll = async (plan: Planned[]): Promise<Measured[]> => {
      const out: Measured[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, plan.length) }, async () => {
          while (next < plan.length) {
            const m = await measureOne(plan[next++]!);
            if (m) out.push(m);
          }
        }),
      );
      return out;
    };

    // 4. warm-up (unmeasured): a Submit of each problem's solution computes and caches its expected values
    const warmPlan: Planned[] = Array.from({ length: WARMUP }, (_, i) => {
      const meta = metas.get(SLUGS[i % SLUGS.length]!)!;
      return { slug: meta.slug, kind: 'submit' as const, variant: 'solution', code: meta.solutionCode, expect: 'accepted' };
    });
    const tw = performance.now();
    const warm = await runAll(warmPlan);
    log(`Warm-up: ${warm.length} submissions (${warm.map((w) => `${w.slug} ${ms(w.e2eMs)} ms`).join(', ')}) in ${ms(performance.now() - tw)} ms`);
    const warmFailures = failures.length;

    // 5. measured run
    const plan = buildPlan(metas, N);
    log(`Measuring ${N} submissions, ${CONCURRENCY} in flight: ${plan.filter((p) => p.kind === 'run').length} Run (samples), ${plan.filter((p) => p.kind === 'submit').length} Submit (all tests), ${plan.filter((p) => p.variant !== 'solution').length} of them mistakes`);
    const tm = performance.now();
    const results = await runAll(plan);
    const wallMs = performance.now() - tm;
    if (results.length > 0) report(results, wallMs);

    if (failures.length > 0) {
      console.error(`\n[bench] ${failures.length} failure(s)${warmFailures ? ` (${warmFailures} during warm-up)` : ''}:`);
      for (const f of failures) console.error(`  ${f.planned.slug} ${f.planned.kind} ${f.planned.variant} ${f.id ?? ''}: ${f.reason}`);
      return 1;
    }
    log(`All verdicts as expected (solutions accepted; mistakes on Submit got their declared verdict; none internal_error).`);
    return 0;
  } finally {
    if (!interrupted) await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
