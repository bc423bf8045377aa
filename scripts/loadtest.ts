/**
 * npm run loadtest -- --url http://localhost:3000[,http://other:3000] --users N --seconds S [--drain D] [--json]
 *
 * A bounded load test against running web processes (`npm start`, or several machines on one database):
 *   - signs up N throwaway users (loadtest-<tag>-<i>@bench.invalid), user i on web process i mod k;
 *   - for S seconds every user, in a closed loop, sends a reference solution (the benchmark mix of
 *     problems, Run and Submit alternating), follows its event stream until the verdict and sends the
 *     next, at most one every 60/19 s (under the 20-a-minute limit). With several --url, user i sends
 *     through process i+1 and follows the stream there: sessions and events cross processes;
 *   - then waits at most D seconds (default 60) for the verdicts still out, asks once more for each by
 *     GET, and reports.
 * Printed: throughput (verdicts a second), submit-to-verdict latency p50/p95/p99/max (POST sent →
 * 'done' event), errors (failed requests, broken streams that polling could not replace, verdicts other
 * than accepted) and lost submissions (accepted by POST, no verdict by the end). --json adds one line of
 * JSON with the same figures. Exits 1 when anything was lost or failed.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SubmissionView } from '../lib/shared/submission-view.ts';
import { SUBMISSIONS_PER_MINUTE } from '../lib/server/submissions/limits.ts';
import { BENCH_SLUGS, ms, percentile, positiveInt } from './bench-stats.ts';
import { awaitVerdict, getSubmissionView, REQUEST_TIMEOUT_MS, signUp, submit, type Session } from './grader-http-client.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAX_SECONDS = 3_600;
const POLL_MS = 1_000;

const { values: flags } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    users: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '60' },
    drain: { type: 'string', default: '60' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const BASES = flags.url!.split(',').map((u) => new URL(u.trim()));
const USERS = positiveInt('users', flags.users);
const SECONDS = positiveInt('seconds', flags.seconds);
const DRAIN_SECONDS = positiveInt('drain', flags.drain, 0);
if (SECONDS > MAX_SECONDS) throw new Error(`--seconds is at most ${MAX_SECONDS}`);
const log = (line: string) => console.log(`[loadtest] ${line}`);
// under the per-user limit, with a little room for clock differences
const MIN_GAP_MS = Math.ceil(60_000 / (SUBMISSIONS_PER_MINUTE - 1));

type Sent = { id: string; slug: string; kind: 'run' | 'submit'; user: number; t0: number; verdict?: SubmissionView['verdict']; tDone?: number; viaPolling?: boolean };
type Failure = { what: string; status?: number };

const sent: Sent[] = [];
const failures: Failure[] = [];
const fail = (what: string, status?: number) => {
  failures.push({ what, status });
  if (flags.verbose) log(`error: ${what}`);
};

/** Follows one submission to its verdict: the event stream, or polling when the stream breaks. */
async function follow(base: URL, session: Session, s: Sent, signal: AbortSignal): Promise<void> {
  try {
    const { view, t } = await awaitVerdict(base, session, s.id, { signal });
    Object.assign(s, { verdict: view.verdict, tDone: t });
    return;
  } catch (error) {
    if (signal.aborted) return;
    if (flags.verbose) log(`stream of ${s.id} broke (${error instanceof Error ? error.message : String(error)}); polling`);
  }
  s.viaPolling = true;
  while (!signal.aborted) {
    const view = await getSubmissionView(base, session, s.id, signal).catch(() => null);
    if (view?.status === 'done') return void Object.assign(s, { verdict: view.verdict, tDone: performance.now() });
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function userLoop(i: number, session: Session, solutions: Map<string, string>, until: number, drained: AbortSignal): Promise<void> {
  const base = BASES[(i + 1) % BASES.length]!;
  for (let round = 0; performance.now() < until; round++) {
    const started = performance.now();
    const slug = BENCH_SLUGS[(i + round) % BENCH_SLUGS.length]!;
    const kind = round % 2 === 0 ? 'run' : 'submit';
    try {
      const id = await submit(base, session, { problemSlug: slug, kind, code: solutions.get(slug)! });
      const s: Sent = { id, slug, kind, user: i, t0: started };
      sent.push(s);
      await follow(base, session, s, drained);
    } catch (error) {
      fail(`POST /api/submissions (user ${i}): ${error instanceof Error ? error.message : String(error)}`, (error as { status?: number }).status);
    }
    const wait = started + MIN_GAP_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

async function main(): Promise<number> {
  for (const base of BASES) {
    const health = await fetch(new URL('/api/health', base), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).catch(() => null);
    if (!health?.ok) throw new Error(`no healthy server at ${base.origin} (GET /api/health: ${health ? `HTTP ${health.status}` : 'no answer'})`);
  }
  const solutions = new Map<string, string>();
  for (const slug of BENCH_SLUGS) solutions.set(slug, await readFile(path.join(ROOT, 'problems', slug, 'solution.ts'), 'utf8'));

  const tag = randomUUID().slice(0, 8);
  const tu = performance.now();
  const sessions: Session[] = [];
  for (let i = 0; i < USERS; i++) sessions.push(await signUp(BASES[i % BASES.length]!, `loadtest-${tag}-${i}@bench.invalid`, `Load test ${tag} ${i}`, log));
  log(`${USERS} users signed up (loadtest-${tag}-*@bench.invalid) in ${ms(performance.now() - tu)} ms on ${BASES.map((b) => b.origin).join(', ')}`);

  const drain = new AbortController();
  const start = performance.now();
  const until = start + SECONDS * 1000;
  const loops = Promise.all(sessions.map((session, i) => userLoop(i, session, solutions, until, drain.signal)));
  const drainTimer = new Promise((r) => setTimeout(r, (SECONDS + DRAIN_SECONDS) * 1000));
  await Promise.race([loops, drainTimer]);
  drain.abort();
  await loops;

  // a verdict the stream did not deliver in time may still be there: ask once more
  for (const s of sent.filter((x) => !x.verdict)) {
    const view = await getSubmissionView(BASES[(s.user + 1) % BASES.length]!, sessions[s.user]!, s.id).catch(() => null);
    if (view?.status === 'done') Object.assign(s, { verdict: view.verdict, tDone: performance.now() });
  }
  return report(start);
}

function report(start: number): number {
  const done = sent.filter((s) => s.verdict);
  const lost = sent.filter((s) => !s.verdict);
  for (const s of done) if (s.verdict !== 'accepted') fail(`${s.slug} ${s.kind} ${s.id}: verdict ${s.verdict}, expected accepted`);
  const latencies = done.map((s) => s.tDone! - s.t0).sort((a, b) => a - b);
  const lastDone = Math.max(start, ...done.map((s) => s.tDone!));
  const throughput = done.length / ((lastDone - start) / 1000 || 1);
  const verdictCounts: Record<string, number> = {};
  for (const s of done) verdictCounts[s.verdict!] = (verdictCounts[s.verdict!] ?? 0) + 1;
  const figures = {
    webProcesses: BASES.length,
    users: USERS,
    seconds: SECONDS,
    sent: sent.length,
    verdicts: done.length,
    lost: lost.length,
    errors: failures.length,
    throughputPerSecond: Number(throughput.toFixed(2)),
    p50Ms: latencies.length ? Math.round(percentile(latencies, 50)) : null,
    p95Ms: latencies.length ? Math.round(percentile(latencies, 95)) : null,
    p99Ms: latencies.length ? Math.round(percentile(latencies, 99)) : null,
    maxMs: latencies.length ? Math.round(latencies.at(-1)!) : null,
    viaPolling: done.filter((s) => s.viaPolling).length,
    verdictCounts,
    lostIds: lost.map((s) => s.id),
    errorSamples: failures.slice(0, 10).map((f) => f.what),
  };
  console.log(`\nLoad test: ${USERS} users on ${BASES.length} web process${BASES.length > 1 ? 'es' : ''} for ${SECONDS} s (+ up to ${DRAIN_SECONDS} s for the last verdicts)`);
  console.log(`  sent ${sent.length} (${sent.filter((s) => s.kind === 'run').length} Run, ${sent.filter((s) => s.kind === 'submit').length} Submit); verdicts ${done.length}; lost ${lost.length}; errors ${failures.length}`);
  console.log(`  throughput ${throughput.toFixed(2)} verdicts/s (${done.length} in ${((lastDone - start) / 1000).toFixed(1)} s)`);
  console.log(`  submit-to-verdict ms: p50 ${ms(figures.p50Ms ?? NaN)}  p95 ${ms(figures.p95Ms ?? NaN)}  p99 ${ms(figures.p99Ms ?? NaN)}  max ${ms(figures.maxMs ?? NaN)}`);
  console.log(`  verdicts: ${Object.entries(verdictCounts).map(([v, n]) => `${v}×${n}`).join(' ') || 'none'}${figures.viaPolling ? `; ${figures.viaPolling} followed by polling after a broken stream` : ''}`);
  for (const s of lost.slice(0, 10)) console.log(`  lost: ${s.slug} ${s.kind} ${s.id}`);
  for (const f of failures.slice(0, 10)) console.log(`  error: ${f.what}`);
  if (flags.json) console.log(JSON.stringify(figures));
  return lost.length > 0 || failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[loadtest] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
