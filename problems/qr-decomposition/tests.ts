import { defineTests, rng, type CheckResult } from '../../grader/kit.ts';
import { compareValues } from '../../grader/compare/compare-values.ts';

type Factors = { Q: number[][]; R: number[][] };

function isMatrix(v: unknown, rows: number, cols: number): v is number[][] {
  return Array.isArray(v) && v.length === rows && v.every((r) => Array.isArray(r) && r.length === cols && r.every((x) => typeof x === 'number'));
}

/**
 * For rank-deficient inputs, where Q's columns for a zero pivot are not unique: the factors must still
 * multiply back to A, Q must have orthonormal columns and R must be upper triangular with R_jj ≥ 0.
 */
function factorization({ args, actual, tolerance }: { args: unknown[]; actual: unknown; tolerance: { rtol: number; atol: number } }): CheckResult {
  const A = args[0] as number[][];
  const m = A.length, n = A[0]!.length;
  const f = actual as Partial<Factors> | null;
  if (!f || !isMatrix(f.Q, m, n)) return { ok: false, message: `Q must be ${m}×${n}`, where: 'field Q' };
  if (!isMatrix(f.R, n, n)) return { ok: false, message: `R must be ${n}×${n}`, where: 'field R' };
  const Q = f.Q, R = f.R;
  const QR = A.map((_, i) => Array.from({ length: n }, (_, j) => Q[i]!.reduce((s, q, k) => s + q * R[k]![j]!, 0)));
  const rebuilt = compareValues(A, QR, { tolerance });
  if (!rebuilt.ok) return { ok: false, message: `Q·R does not reproduce A: ${rebuilt.message}`, where: `Q·R ${rebuilt.details.position ?? ''}`.trim() };
  const I = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 1 : 0)));
  const QtQ = I.map((row, a) => row.map((_, b) => Q.reduce((s, qi) => s + qi[a]! * qi[b]!, 0)));
  const orth = compareValues(I, QtQ, { tolerance });
  if (!orth.ok) return { ok: false, message: `QᵀQ is not the identity: ${orth.message}`, where: `QᵀQ ${orth.details.position ?? ''}`.trim() };
  for (let i = 0; i < n; i++) {
    if (R[i]![i]! < -tolerance.atol) return { ok: false, message: `R[${i}][${i}] is negative`, where: `R[${i}][${i}]` };
    for (let j = 0; j < i; j++) if (Math.abs(R[i]![j]!) > tolerance.atol) return { ok: false, message: `R[${i}][${j}] below the diagonal is not 0`, where: `R[${i}][${j}]` };
  }
  return { ok: true };
}

/** A = U·diag(s)·Vᵀ with random orthogonal U, V (Gram–Schmidt on normals), so the conditioning is chosen. */
function conditioned(seed: number, m: number, n: number, cond: number): number[][] {
  const r = rng(seed);
  const orthonormal = (k: number, dim: number) => {
    const out: number[][] = [];
    while (out.length < k) {
      let v = Array.from({ length: dim }, () => r.normal());
      for (const q of out) {
        const d = q.reduce((s, x, i) => s + x * v[i]!, 0);
        v = v.map((x, i) => x - d * q[i]!);
      }
      const nv = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      out.push(v.map((x) => x / nv));
    }
    return out;
  };
  const U = orthonormal(n, m), V = orthonormal(n, n);
  const s = Array.from({ length: n }, (_, k) => cond ** (-k / Math.max(1, n - 1)));
  return Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => U.reduce((acc, u, k) => acc + u[i]! * s[k]! * V[k]![j]!, 0)));
}

const tol = { rtol: 1e-9, atol: 1e-9 };

export default defineTests({
  checks: { factorization: { mode: 'instead', fn: factorization } },
  cases: [
    { name: 'worked example', sample: true, args: [[[3, 1], [4, 2], [0, 2]]] },
    { name: 'square 3×3', sample: true, args: [[[2, -1, 0], [-1, 2, -1], [0, -1, 2]]] },
    { name: 'nearly parallel columns', args: [[[1, 1, 1], [1e-5, 0, 0], [0, 1e-5, 0], [0, 0, 1e-5]]] },
    { name: 'a negative leading entry', args: [[[-2, 1], [0, 3], [0, -1]]] },
    { name: 'already upper triangular', args: [[[2, 1, 3], [0, 5, -1], [0, 0, 4]]] },
    { name: 'a single column', args: [[[1], [2], [2]]] },
    { name: '1×1', args: [[[-7]]] },
    { name: 'tall 100×3', args: [conditioned(27000, 100, 3, 10)] },
    { name: 'a dependent column', check: 'factorization', tolerance: tol, args: [[[1, 2, 0], [2, 4, 1], [3, 6, 1], [4, 8, 0]]] },
    { name: 'a zero column', check: 'factorization', tolerance: tol, args: [[[0, 1], [0, 2], [0, 3]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(27100 + i);
      const n = r.int(1, 6);
      return { name: `random ${i + 1}`, args: [conditioned(27200 + i, n + r.int(0, 6), n, 10 ** r.uniform(0, 3))] };
    }),
    { name: 'large: 300×60', args: [conditioned(27300, 300, 60, 100)], weight: 2 },
    { name: 'a wide matrix throws', expectError: true, args: [[[1, 2, 3], [4, 5, 6]]] },
    { name: 'an empty matrix throws', expectError: true, args: [[]] },
    { name: 'ragged rows throw', expectError: true, args: [[[1, 2], [3]]] },
    { name: 'a NaN entry throws', expectError: true, args: [[[1, Number.NaN], [0, 1]]] },
  ],
});
