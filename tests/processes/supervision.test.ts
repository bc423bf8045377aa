import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitVerdict, getSubmissionView, signUp, submit, type Session } from '../../scripts/grader-http-client';
import { childPids, commandLine, descendants, freePort, isAlive, Launcher, ROOT, tempDir, waitFor } from './helpers';

let launcher: Launcher;
let dataDir = '';
let base: URL;
let session: Session;
/** a second candidate, writing Python (one job per user is in flight: the two are graded side by side) */
let pythonSession: Session;
let solution = '';
// correct, but busy for 150 ms in every call: a kill lands while it is being graded
let slowSolution = '';
let slowPythonSolution = '';

const since = (t: number) => Math.round(performance.now() - t);
const figure = (line: string) => console.log(`[supervision] ${line}`);

beforeAll(async () => {
  dataDir = await tempDir('supervision');
  const port = await freePort();
  launcher = new Launcher({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), GRADING_WORKERS: '1', WORKER_CONCURRENCY: '2' });
  await launcher.waitForLine(/\[web\] Next\.js production server/);
  await launcher.waitForLine(/\[worker\] running jobs/);
  base = new URL(`http://localhost:${port}`);
  session = await signUp(base, `supervised-${Date.now()}@example.test`, 'Supervised');
  pythonSession = await signUp(base, `supervised-py-${Date.now()}@example.test`, 'Supervised in Python');
  solution = await readFile(path.join(ROOT, 'problems/stable-softmax/solution.ts'), 'utf8');
  slowSolution = `${solution.replace('export function softmax', 'function fastSoftmax')}
export function softmax(z: number[][]): number[][] { const t = Date.now(); while (Date.now() - t < 150) {} return fastSoftmax(z); }`;
  const pythonSolution = await readFile(path.join(ROOT, 'problems/stable-softmax/solution.py'), 'utf8');
  slowPythonSolution = `import time
${pythonSolution.replace('def softmax(', 'def fast_softmax(')}

def softmax(z: list[list[float]]) -> np.ndarray:
    t = time.process_time()
    while time.process_time() - t < 0.15:
        pass
    return fast_softmax(z)
`;
}, 900_000);

afterAll(async () => {
  await launcher?.stop();
});

/** A Submit through the web process, followed on its event stream to the verdict. */
async function submitAndAwait(code: string): Promise<{ id: string; verdict: string | null }> {
  const id = await submit(base, session, { problemSlug: 'stable-softmax', kind: 'submit', code });
  const { view } = await awaitVerdict(base, session, id, { signal: AbortSignal.timeout(180_000) });
  return { id, verdict: view.verdict };
}

async function sendUntilRunning(code: string, as: Session = session, language: 'typescript' | 'python' = 'typescript'): Promise<string> {
  const id = await submit(base, as, { problemSlug: 'stable-softmax', kind: 'submit', code, language });
  await waitFor(() => getSubmissionView(base, as, id), (v) => v.status === 'running', { what: `${id} running`, everyMs: 50 });
  return id;
}

const workerPid = () => launcher.children(/worker\/main\.ts/)[0]!;
const sandboxChildren = (worker: number) => childPids(worker).filter((pid) => /grader-sandbox\/child-/.test(commandLine(pid)));

describe('a launcher that keeps the service up (npm start, killed from outside)', () => {
  it('grades a correct Submit before anything is killed', async () => {
    expect(await submitAndAwait(solution)).toMatchObject({ verdict: 'accepted' });
  });

  it('restarts a killed worker; its sandboxes (isolate children, bubblewrap and the Python inside) die with it; the jobs it held and the next Submit get their verdicts', async () => {
    const worker = workerPid();
    const [held, heldPython] = await Promise.all([sendUntilRunning(slowSolution), sendUntilRunning(slowPythonSolution, pythonSession, 'python')]);
    const sandboxes = descendants(worker);
    expect(sandboxChildren(worker).length).toBeGreaterThan(0);
    expect(sandboxes.filter((pid) => /bwrap/.test(commandLine(pid))).length).toBeGreaterThan(0);
    expect(sandboxes.filter((pid) => /zygote\.py/.test(commandLine(pid))).length).toBeGreaterThan(0);

    process.kill(worker, 'SIGKILL');
    const killedAt = performance.now();
    await waitFor(async () => sandboxes.filter(isAlive), (alive) => alive.length === 0, { timeoutMs: 5_000, everyMs: 10, what: 'the sandbox processes to exit' });
    figure(`all ${sandboxes.length} sandbox processes (isolate children, bubblewrap, Python zygotes and runners) gone ${since(killedAt)} ms after their worker was killed`);

    await waitFor(async () => launcher.children(/worker\/main\.ts/), (pids) => pids.length === 1 && pids[0] !== worker, { what: 'a new worker' });
    await launcher.waitForLine(/\[worker\] running jobs[^\n]*\n[\s\S]*\[worker\] running jobs/);
    figure(`worker running again ${since(killedAt)} ms after the kill`);

    const [{ view }, { view: pythonView }] = await Promise.all([
      awaitVerdict(base, session, held, { signal: AbortSignal.timeout(120_000) }),
      awaitVerdict(base, pythonSession, heldPython, { signal: AbortSignal.timeout(120_000) }),
    ]);
    expect([view.verdict, pythonView.verdict]).toEqual(['accepted', 'accepted']);
    figure(`the TypeScript and Python jobs the killed worker held: verdicts ${since(killedAt)} ms after the kill`);
    expect(await submitAndAwait(solution)).toMatchObject({ verdict: 'accepted' });
    figure(`a correct Submit sent after the kill: verdict ${since(killedAt)} ms after the kill`);
  });

  it('survives a killed sandbox child: the submission it ran ends with one verdict, the next Submit is accepted', async () => {
    const worker = workerPid();
    const victim = await sendUntilRunning(slowSolution);
    const sandboxes = await waitFor(async () => sandboxChildren(worker), (pids) => pids.length > 0, { what: 'a sandbox child' });
    for (const pid of sandboxes) process.kill(pid, 'SIGKILL');
    const killedAt = performance.now();

    const { view } = await awaitVerdict(base, session, victim, { signal: AbortSignal.timeout(120_000) });
    expect(view.status).toBe('done');
    expect(workerPid()).toBe(worker); // the worker itself lived on
    expect(await submitAndAwait(solution)).toMatchObject({ verdict: 'accepted' });
    figure(`sandbox child killed: the submission it ran ended ${view.verdict}; a correct Submit after it: verdict ${since(killedAt)} ms after the kill`);
  });

  it('restarts a killed PostgreSQL; meanwhile pages and the API say the service is recovering, never 500; then a Submit gets its verdict', async () => {
    const postmaster = Number((await readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    const killedAt = performance.now();

    // every answer until the database is back: the page, the API (signed in), the health check
    const statuses = new Map<string, Set<number>>();
    let recoveringPage = '';
    let apiError: unknown = null;
    const note = (what: string, status: number) => statuses.set(what, (statuses.get(what) ?? new Set()).add(status));
    await waitFor(
      async () => {
        const page = await fetch(new URL('/problems', base), { headers: { Accept: 'text/html', Cookie: session.cookie } });
        note('page', page.status);
        if (page.status === 503) recoveringPage = await page.text();
        else await page.body?.cancel();
        const api = await fetch(new URL('/api/me', base), { headers: { Cookie: session.cookie } });
        note('api', api.status);
        if (api.status === 503) apiError = await api.json();
        else await api.body?.cancel();
        const health = await fetch(new URL('/api/health', base));
        await health.body?.cancel();
        return { page: page.status, api: api.status, health: health.status };
      },
      (s) => s.page === 200 && s.api === 200 && s.health === 200 && recoveringPage !== '',
      { timeoutMs: 120_000, everyMs: 100, what: 'the service to recover' },
    );
    const recoveredMs = since(killedAt);
    expect(recoveringPage).toContain('The service is recovering');
    expect(apiError).toMatchObject({ error: { code: 'unavailable' } });
    expect([...statuses.values()].flatMap((s) => [...s]).every((status) => status === 200 || status === 503)).toBe(true);

    expect(await submitAndAwait(solution)).toMatchObject({ verdict: 'accepted' });
    figure(`PostgreSQL killed: pages and API back ${recoveredMs} ms after the kill (answers meanwhile: ${JSON.stringify(Object.fromEntries([...statuses].map(([k, v]) => [k, [...v]])))}); a correct Submit: verdict ${since(killedAt)} ms after the kill`);
    expect(launcher.output).toMatch(/The embedded PostgreSQL is running again/);
  });
});
