import { afterAll, describe, expect, it } from 'vitest';
import { getProblem, shutdownSandboxPool } from '../../grader/index.ts';
import { probeHiddenLeaks } from '../../grader/problems/leak-probe.ts';

afterAll(() => shutdownSandboxPool());

describe('the hidden-data leak probe (run on every package by problems:check)', () => {
  it('finds nothing in a package that follows the rule', async () => {
    expect(await probeHiddenLeaks(await getProblem('stable-softmax'))).toEqual([]);
  });

  it('catches a property check that reports a hidden expected value in its `where`', async () => {
    const real = await getProblem('stable-softmax');
    const leaky = {
      ...real,
      // no caching under the real version: the leaky copy gets a version of its own
      version: `${real.version}-leaky-check`,
      tests: {
        ...real.tests,
        checks: {
          probabilityRows: {
            mode: 'after' as const,
            fn: ({ expected }: { expected: unknown }) => ({ ok: false as const, message: 'x', where: `row ${JSON.stringify((expected as number[][])[0]![0])}` }),
          },
        },
      },
    };
    const failures = await probeHiddenLeaks(leaky);
    expect(failures.join('\n')).toMatch(/hidden input or expected value|more than one significant digit/);
  });
});
