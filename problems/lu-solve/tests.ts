import { defineTests, rng, type CheckResult } from '../../grader/kit.ts';
import { compareValues } from '../../grader/compare/compare-values.ts';
import { svd } from '../../grader/reference-kit/linalg.ts';

/** For ill-conditioned systems: det as usual, and x only through its residual A·x ≈ b. */
function residual({ args, expected, actual, tolerance }: { args: unknown[]; expected: unknown; actual: unknown; tolerance: { rtol: number; atol: number } }): CheckResult {
  const [A, b] = args as [number[][], number[]];
  const res = actual as { x?: unknown; det?: unknown } | null;
  if (!res || !Array.isArray(res.x) || res.x.length !== b.length || !res.x.every((v) => typeof v === 'number')) return { ok: false, message: `x must be an array of ${b.length} numbers`, where: 'field x' };
  const det = compareValues((expected as { det: number }).det, res.det, { tolerance });
  if (!det.ok) return { ok: false, message: `det: ${det.message}`, where: 'field det' };
  const x = res.x as number[];
  const Ax = A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
  const cmp = compareValues(b, Ax, { tolerance });
  return cmp.ok ? { ok: true } : { ok: false, message: `A·x differs from b: ${cmp.message}`, where: `A·x ${cmp.details.position ?? ''}`.trim() };
}

/** A random square matrix, redrawn until its condition number is below 1e4. */
function randomCase(seed: number, n: number) {
  const r = rng(seed);
  for (;;) {
    const A = r.matrix(n, n, -5, 5);
    const { s } = svd(A);
    if (s[0]! < 1e4 * s[n - 1]!) return [A, r.vector(n, -10, 10)];
  }
}

const hilbert = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => 1 / (i + j + 1)));

export default defineTests({
  checks: { residual: { mode: 'instead', fn: residual } },
  cases: [
    { name: 'worked example', sample: true, args: [[[0, 2, 1], [1, 1, 1], [2, 1, -1]], [7, 6, 1]] },
    { name: 'a singular 2×2', sample: true, nanEqual: true, args: [[[1, 2], [2, 4]], [1, 2]] },
    { name: 'a zero in the first pivot position', args: [[[0, 1], [1, 0]], [3, 4]] },
    { name: 'a permutation matrix', args: [[[0, 0, 1], [1, 0, 0], [0, 1, 0]], [1, 2, 3]] },
    { name: 'tied pivot candidates', args: [[[1, 2, 3], [-1, 0, 2], [1, -1, 1]], [6, 1, 1]] },
    { name: '1×1', args: [[[-4]], [2]] },
    { name: 'a singular 3×3', nanEqual: true, args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3]] },
    { name: 'a singular matrix with large entries', nanEqual: true, args: [[[1e6, 2e6, 3e6], [4e6, 5e6, 6e6], [7e6, 8e6, 9e6]], [1, 2, 3]] },
    { name: 'a nonsingular matrix with tiny entries', args: [[[2e-9, 1e-9], [1e-9, 3e-9]], [1, 1]] },
    { name: 'the 6×6 Hilbert matrix', check: 'residual', args: [hilbert, [1, 1, 1, 1, 1, 1]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(28100 + i);
      return { name: `random ${i + 1}`, args: randomCase(28200 + i, r.int(2, 8)) };
    }),
    { name: 'large: 150×150', args: randomCase(28300, 150), weight: 2 },
    { name: 'a non-square matrix throws', expectError: true, args: [[[1, 2, 3], [4, 5, 6]], [1, 2]] },
    { name: 'a mismatched b throws', expectError: true, args: [[[1, 0], [0, 1]], [1, 2, 3]] },
    { name: 'an empty matrix throws', expectError: true, args: [[], []] },
    { name: 'an infinite entry throws', expectError: true, args: [[[1, Number.POSITIVE_INFINITY], [0, 1]], [1, 1]] },
  ],
});
