import { afterAll, describe, expect, it } from 'vitest';
import { encodePlain } from '../../../grader/sandbox/plain-codec.ts';
import type { TestOutcome } from '../../../grader/sandbox/sandbox-protocol.ts';
import { PythonSandbox } from '../../../grader/python/python-sandbox.ts';
import { pythonRuntime } from '../../../grader/python/python-runtime.ts';

const runtime = await pythonRuntime();
const sandbox = runtime.available ? new PythonSandbox() : null;
afterAll(() => sandbox?.kill());

/** Each call keeps the CPU busy for `ms` of its own CPU time, then answers. */
const SPIN = `import time
def spin(ms):
    end = time.process_time() + ms / 1000
    while time.process_time() < end:
        pass
    return ms
`;

/** Runs one test per [spin ms, time limit ms] pair in one job and returns their outcomes. */
async function run(tests: Array<[number, number]>, cpuBudgetMs: number, wallMs = 60_000, on = sandbox!): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  const end = await on.run(
    {
      code: SPIN, entry: 'spin', paramTypes: [{ kind: 'float' }], memoryMb: 64, topLevelMs: 1000, maxLeaves: 100, maxChars: 1000, maxTimeouts: 2, cpuBudgetMs,
      tests: tests.map(([spinMs, timeMs], index) => ({ index, args: encodePlain([spinMs]), timeMs, seed: 0 })),
    },
    { wallMs },
    { onTestStart: () => undefined, onLoadFailed: (f) => { throw new Error(f.message); }, onTestResult: (i, o) => { outcomes[i] = o; } },
  );
  expect(end).toMatchObject({ kind: 'done' });
  return outcomes;
}

describe.runIf(runtime.available)('the Python sandbox’s CPU budget for a whole submission (as the isolate’s)', () => {
  it('starts no test once the tests have used the budget; the rest are not run', async () => {
    const outcomes = await run(Array.from({ length: 5 }, () => [150, 1000]), 250);
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'not_run', 'not_run', 'not_run']);
    expect(outcomes[2]).toMatchObject({ message: 'not run: the submission used up its total time' });
  });

  it('counts the tests before a timeout against the budget of the tests after it, in a new runner', async () => {
    // 150 ms, then a timeout at 100 ms: 250 ms spent, so the third test is not run
    const outcomes = await run([[150, 1000], [500, 100], [1, 1000]], 240);
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'timeout', 'not_run']);
  });

  it('runs every test within the budget', async () => {
    const outcomes = await run(Array.from({ length: 6 }, () => [20, 1000]), 1000);
    expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
  });
});

describe.runIf(runtime.available)('the Python sandbox’s outer wall clock', () => {
  it('calls the tests of a sandbox that outlives it overloaded (run again later, never a verdict), not timed out', async () => {
    const own = new PythonSandbox();
    try {
      const outcomes = await run([[10, 1000], [3000, 5000], [10, 1000]], 10_000, 1500, own);
      expect(outcomes.map((o) => o.status)).toEqual(['ok', 'overloaded', 'overloaded']);
    } finally {
      own.kill();
    }
  });
});
