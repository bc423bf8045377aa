import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProblem, gradeSubmission, shutdownSandboxPool, type ProblemPackage } from '../../grader/index.ts';
import { pythonRuntime } from '../../grader/python/python-runtime.ts';
import { HOSTILE_PYTHON_SUBMISSIONS } from './python-hostile-submissions.ts';

const runtime = await pythonRuntime();
// CI installs python3-numpy and bubblewrap (.ci/run): there a missing runtime is a failure, not a skip
const required = process.env.CI === 'true';
let problem: ProblemPackage;

beforeAll(async () => {
  problem = await getProblem('stable-softmax');
});
afterAll(() => shutdownSandboxPool());

describe('the Python runtime', () => {
  it.runIf(required)('is available where CI runs', () => {
    expect(runtime).toMatchObject({ available: true });
  });
});

describe.runIf(runtime.available)('hostile Python submissions', () => {
  it('has at least 40 cases', () => {
    expect(HOSTILE_PYTHON_SUBMISSIONS.length).toBeGreaterThanOrEqual(40);
  });

  for (const h of HOSTILE_PYTHON_SUBMISSIONS) {
    it(`${h.name} → ${h.expect}, then a correct submission is accepted`, async () => {
      const t0 = performance.now();
      const report = await gradeSubmission({ problem, code: h.code, language: 'python', mode: h.mode });
      const detail = report.tests.map((t) => `${t.name}: ${t.verdict} ${t.message ?? ''}`).join('\n');
      expect(report.verdict, detail).toBe(h.expect);
      expect(performance.now() - t0).toBeLessThan(30_000);
      for (const t of report.tests.filter((t) => t.hidden)) {
        // hidden tests never carry candidate output, inputs, exception text or names the candidate chose
        expect(t.output).toBeUndefined();
        expect(t.details?.input).toBeUndefined();
        expect(t.details?.expected).toBeUndefined();
        expect(t.message ?? '').not.toContain('LEAK');
      }
      const after = await gradeSubmission({ problem, code: problem.python!.solutionCode, language: 'python', mode: 'samples' });
      expect(after.verdict).toBe('accepted');
    });
  }

  it("finds nothing of another candidate's submission in its own memory", async () => {
    // the first submission's code and results pass through the same warm sandbox just before the second runs
    const marker = ['QX7', 'SECRET', 'SOLUTION', '41'].join('_');
    const first = `${HOSTILE_PYTHON_SUBMISSIONS[0]!.code.split('\n').slice(0, 7).join('\n')}\nNOTE = "${marker}"\ndef softmax(z):\n    print(NOTE)\n    return good(z)\n`;
    expect((await gradeSubmission({ problem, code: first, language: 'python', mode: 'all' })).verdict).toBe('accepted');
    const parts = marker.split('_');
    const scan = `import numpy as np, re
def good(z):
    x = np.asarray(z, dtype=float)
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
def softmax(z):
    needle = "_".join(${JSON.stringify(parts)}).encode()
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("r"):
                continue
            lo, hi = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(lo)
                found += mem.read(hi - lo).count(needle)
            except (OSError, OverflowError, ValueError, MemoryError):
                pass
    # the needle is built at run time, so one copy is this function's own; more would be the other submission's
    return good(z) if found <= 1 else [[float(found)]]
`;
    const report = await gradeSubmission({ problem, code: scan, language: 'python', mode: 'samples' });
    expect(report.verdict, report.tests.map((t) => t.message).join('\n')).toBe('accepted');
  });
});
