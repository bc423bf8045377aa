/**
 * npm run bench:http [-- --url http://localhost:3000] [--n 60] [--warmup 5] [--verbose]
 *
 * Submit-to-verdict latency as a browser sees it, against a running server (`npm start`): the real
 * HTTP API, session cookies, `next start`, the server-sent event stream. `npm run bench:latency`
 * measures the same path at the library level (createSubmission → LISTEN), without HTTP.
 *
 * What it does:
 *   - signs up throwaway users through better-auth (`POST /api/auth/sign-up/email`, which signs in
 *     and sets the session cookie), ceil((warm-up + n) / 19) of them, used in turn, so none reaches
 *     the limit of SUBMISSIONS_PER_MINUTE runs and submits a minute. They stay in that server's
 *     database (bench-http-<tag>-<i>@bench.invalid): there is no HTTP API that deletes an account.
 *   - warm-up, unmeasured: one Submit of each problem's solution (computes and caches the expected
 *     values of every problem in the mix).
 *   - then --n submissions, one in flight at a time: round-robin over the five problems, the
 *     reference solution (`problems/<slug>/solution.ts`), Run and Submit alternating per round (the
 *     library benchmark's mix, without its mistakes).
 *
 * How a submission is timed (performance.now() in this process):
 *   t0   just before `POST /api/submissions` is sent
 *        POST = t0 → its 201 response's body ({ id }) is read
 *        then `GET /api/submissions/<id>/events` is opened at once (as the page does); every
 *        `event: submission` is parsed as it arrives (fetch body + TextDecoder) and time-stamped
 *   t1   arrival of the first event whose status is 'done'
 *        end to end = t1 − t0; running = t0 → the first event with status 'running' (not seen when
 *        the stream's read of the row happens only after the worker finished)
 * If the stream ends before a 'done' event, it is opened again (as EventSource does); a submission
 * that has no 'done' event 60 s after t0 is a failure.
 *
 * Exits non-zero when a request fails, a verdict is internal_error or not accepted (every submission
 * is a reference solution), or a submission is not done within 60 s.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SubmissionView } from '../lib/shared/submission-view.ts';
import { SUBMISSIONS_PER_MINUTE } from '../lib/server/submissions/limits.ts';
import { BENCH_SLUGS as SLUGS, ms, stats, table, positiveInt } from './bench-stats.ts';
import { awaitVerdict, REQUEST_TIMEOUT_MS, signUp, submit, type Session as User } from './grader-http-client.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const VERDICT_TIMEOUT_MS = 60_000;

const { values: flags } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    n: { type: 'string', default: '60' },
    warmup: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const BASE = new URL(flags.url!);
const ORIGIN = BASE.origin;
const N = positiveInt('n', flags.n);
const WARMUP = positiveInt('warmup', flags.warmup ?? String(SLUGS.length), 0);
const VERBOSE = flags.verbose ?? false;
const log = (line: string) => console.log(`[bench] ${line}`);
const endpoint = (p: string) => new URL(p, BASE).toString();

type Kind = 'run' | 'submit';
type Planned = { slug: string; kind: Kind; code: string };
type EventArrival = { atMs: number; status: SubmissionView['status']; testsDone: number; testsTotal: number | null; verdict: SubmissionView['verdict'] };
type Measured = Planned & {
  id: string;
  verdict: SubmissionView['verdict'];
  e2eMs: number;
  postMs: number;
  /** POST's response read → the event stream's response headers */
  openMs: number;
  firstEventMs: number;
  runningMs: number | null;
  /** the grader's own time (from the done event) */
  gradingMs: number | null;
  /** the done event's finishedAt → its arrival, on the wall clock (meaningful only on the same machine) */
  recordToDoneMs: number;
  events: EventArrival[];
  reconnects: number;
};
type Failure = { planned: Planned; id?: string; reason: string };

class BenchError extends Error {}

// ---------------------------------------------------------------- measure
async function measureOne(planned: Planned, user: User): Promise<Measured> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), VERDICT_TIMEOUT_MS);
  let id: string | undefined;
  try {
    const t0 = performance.now();
    id = await submit(BASE, user, { problemSlug: planned.slug, kind: planned.kind, code: planned.code }, deadline.signal);
    const tPost = performance.now();

    const events: EventArrival[] = [];
    let openMs = NaN;
    const streamed = await awaitVerdict(BASE, user, id, {
      signal: deadline.signal,
      onOpen: () => (openMs = performance.now() - tPost),
      onEvent: ({ view, t }) => events.push({ atMs: t - t0, status: view.status, testsDone: view.testsDone, testsTotal: view.testsTotal, verdict: view.verdict }),
    });
    const wall = Date.now();
    const { view, t, reconnects } = streamed;
    const running = events.find((e) => e.status === 'running');
    return {
      ...planned,
      id,
      verdict: view.verdict,
      e2eMs: t - t0,
      postMs: tPost - t0,
      openMs,
      firstEventMs: events[0]!.atMs,
      runningMs: running ? running.atMs : null,
      gradingMs: view.gradingMs,
      recordToDoneMs: view.finishedAt ? wall - Date.parse(view.finishedAt) : NaN,
      events,
      reconnects,
    };
  } catch (error) {
    if (deadline.signal.aborted) throw new BenchError(`${id ?? 'the POST'}: no 'done' event within ${VERDICT_TIMEOUT_MS / 1000} s`);
    throw error instanceof BenchError ? error : new BenchError(`${id ?? 'the POST'}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- report
const timeline = (m: Measured) =>
  m.events
    .map((e) => `+${ms(e.atMs)} ${e.status}${e.status === 'running' ? ` ${e.testsDone}/${e.testsTotal ?? '?'}` : ''}${e.verdict ? ` ${e.verdict}` : ''}`)
    .join(', ');

function verdictSummary(rs: Measured[]): string {
  const counts = new Map<string, number>();
  for (const r of rs) counts.set(r.verdict ?? 'none', (counts.get(r.verdict ?? 'none') ?? 0) + 1);
  return [...counts].map(([v, c]) => `${v}×${c}`).join(' ');
}

function report(results: Measured[], wallMs: number): void {
  const parts: Array<[string, (r: Measured) => number | null]> = [
    ['end to end (t0 → done event)', (r) => r.e2eMs],
    ['POST /api/submissions', (r) => r.postMs],
    ['POST → running event (t0 → 1st running)', (r) => r.runningMs],
    ['events opened (POST read → headers)', (r) => r.openMs],
    ['t0 → first event', (r) => r.firstEventMs],
    ['first event → done event', (r) => r.e2eMs - r.firstEventMs],
    ['gradingMs (grader, from the view)', (r) => r.gradingMs],
    ['finishedAt → done event (wall clock)', (r) => r.recordToDoneMs],
  ];
  console.log(`\nSubmit-to-verdict latency over HTTP (${ORIGIN}), ms`);
  console.log(
    table(
      ['measure', 'n', 'p50', 'p95', 'max', 'mean'],
      parts.map(([label, get]) => {
        const s = stats(results.map(get).filter((x): x is number => x !== null && Number.isFinite(x)));
        return [label, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), ms(s.mean)];
      }),
    ),
  );

  const groups = new Map<string, Measured[]>();
  for (const slug of SLUGS) for (const kind of ['run', 'submit']) groups.set(`${slug} ${kind}`, []);
  for (const r of results) groups.get(`${r.slug} ${r.kind}`)!.push(r);
  const pp = (xs: Array<number | null>) => {
    const s = stats(xs.filter((x): x is number => x !== null));
    return s.n ? `${ms(s.p50)} / ${ms(s.p95)}` : '-';
  };
  console.log('\nPer problem and kind (p50 / p95, ms)');
  console.log(
    table(
      ['problem kind', 'n', 'end to end', 'POST', 'running', 'verdicts'],
      [...groups]
        .filter(([, rs]) => rs.length > 0)
        .map(([label, rs]) => [label, String(rs.length), pp(rs.map((r) => r.e2eMs)), pp(rs.map((r) => r.postMs)), pp(rs.map((r) => r.runningMs)), verdictSummary(rs)]),
    ),
  );

  const multi = results.filter((r) => r.events.length > 1);
  const reconnects = results.reduce((a, r) => a + r.reconnects, 0);
  console.log(`\nVerdicts: ${verdictSummary(results)}`);
  console.log(
    `Events per stream: ${results.filter((r) => r.runningMs !== null).length}/${results.length} saw a 'running' event; ` +
      `${multi.length}/${results.length} had more than one event` +
      (multi.length ? ` (first event → done: p50 ${ms(stats(multi.map((r) => r.e2eMs - r.firstEventMs)).p50)} ms)` : '') +
      `; ${reconnects} reconnect(s)`,
  );
  console.log(`${results.length} submissions in ${(wallMs / 1000).toFixed(1)} s, one in flight: ${((results.length * 1000) / wallMs).toFixed(2)} submissions/s`);
}

// ---------------------------------------------------------------- main
async function main(): Promise<number> {
  const health = await fetch(endpoint('/api/health'), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch((error: unknown) => {
    throw new BenchError(`no server at ${ORIGIN} (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}); start one with \`npm start\``);
  });
  if (!health.ok) throw new BenchError(`GET /api/health: HTTP ${health.status} ${await health.text()}`);
  await health.body?.cancel();

  const solutions = new Map<string, string>();
  for (const slug of SLUGS) solutions.set(slug, await readFile(path.join(ROOT, 'problems', slug, 'solution.ts'), 'utf8'));

  // users: taken in turn, each gets at most SUBMISSIONS_PER_MINUTE - 1 submissions in all
  const total = WARMUP + N;
  const perUser = SUBMISSIONS_PER_MINUTE - 1;
  const userCount = Math.ceil(total / perUser);
  const tag = randomUUID().slice(0, 8);
  const users: User[] = [];
  const tu = performance.now();
  for (let i = 0; i < userCount; i++) users.push(await signUp(BASE, `bench-http-${tag}-${i}@bench.invalid`, `Bench HTTP ${tag} ${i}`, log));
  log(`${ORIGIN}: ${userCount} users signed up (bench-http-${tag}-*@bench.invalid) in ${ms(performance.now() - tu)} ms, ≤ ${perUser} submissions each (limit ${SUBMISSIONS_PER_MINUTE}/min)`);
  let turn = 0;
  const nextUser = () => users[turn++ % users.length]!;

  const failures: Failure[] = [];
  const runAll = async (plan: Planned[], label: string): Promise<Measured[]> => {
    const out: Measured[] = [];
    for (const planned of plan) {
      try {
        const m = await measureOne(planned, nextUser());
        out.push(m);
        if (m.verdict !== 'accepted') failures.push({ planned, id: m.id, reason: `verdict ${m.verdict}, expected accepted` });
        if (VERBOSE) console.log(`[${label}] ${m.slug} ${m.kind} ${m.id}: POST ${ms(m.postMs)} ms, events: ${timeline(m)}${m.reconnects ? ` (${m.reconnects} reconnect(s))` : ''}`);
      } catch (error) {
        failures.push({ planned, reason: error instanceof Error ? error.message : String(error) });
        if (VERBOSE) console.log(`[${label}] ${planned.slug} ${planned.kind}: FAILED ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return out;
  };

  // warm-up (unmeasured): a Submit of each problem's solution computes and caches its expected values
  const warmPlan: Planned[] = Array.from({ length: WARMUP }, (_, i) => {
    const slug = SLUGS[i % SLUGS.length]!;
    return { slug, kind: 'submit' as const, code: solutions.get(slug)! };
  });
  const tw = performance.now();
  const warm = await runAll(warmPlan, 'warm-up');
  log(`Warm-up: ${warm.length} submissions (${warm.map((w) => `${w.slug} ${ms(w.e2eMs)} ms`).join(', ')}) in ${ms(performance.now() - tw)} ms`);
  const warmFailures = failures.length;

  // measured: round-robin over the problems, Run and Submit alternating per round
  const plan: Planned[] = Array.from({ length: N }, (_, i) => {
    const slug = SLUGS[i % SLUGS.length]!;
    const kind: Kind = Math.floor(i / SLUGS.length) % 2 === 0 ? 'run' : 'submit';
    return { slug, kind, code: solutions.get(slug)! };
  });
  log(`Measuring ${N} submissions, one in flight: ${plan.filter((p) => p.kind === 'run').length} Run (samples), ${plan.filter((p) => p.kind === 'submit').length} Submit (all tests)`);
  const tm = performance.now();
  const results = await runAll(plan, 'measured');
  const wallMs = performance.now() - tm;
  if (results.length > 0) report(results, wallMs);

  if (failures.length > 0) {
    console.error(`\n[bench] ${failures.length} failure(s)${warmFailures ? ` (${warmFailures} during warm-up)` : ''}:`);
    for (const f of failures) console.error(`  ${f.planned.slug} ${f.planned.kind} ${f.id ?? ''}: ${f.reason}`);
    return 1;
  }
  log('All solutions accepted; none internal_error; all done within 60 s.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench] ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
