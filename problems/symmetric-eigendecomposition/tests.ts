import { compareValues } from '../../grader/compare/compare-values.ts';
import { defineTests, rng, type CheckContext, type CheckResult } from '../../grader/kit.ts';

type Eigen = { values: number[]; vectors: number[][] };

function isMatrix(v: unknown, n: number): v is number[][] {
  return Array.isArray(v) && v.length === n && v.every((r) => Array.isArray(r) && r.length === n && r.every((x) => typeof x === 'number'));
}

/**
 * Eigenvalues entry by entry; eigenvectors by what defines them, since a sign (or, for a repeated
 * eigenvalue, a rotation within its eigenspace) is free: S·V must equal V·diag(values) and VᵀV = I.
 */
function eigenpairs({ args, expected, actual, tolerance }: CheckContext): CheckResult {
  const S = args[0] as number[][];
  const n = S.length;
  const want = expected as Eigen;
  const got = actual as Partial<Eigen> | null;
  const values = compareValues(want.values, got?.values, { tolerance });
  if (!values.ok) return { ok: false, message: `values: ${values.message}`, where: `values ${values.details.position ?? ''}`.trim() };
  if (!isMatrix(got?.vectors, n)) return { ok: false, message: `vectors must be ${n}×${n}`, where: 'field vectors' };
  const V = got.vectors;
  const SV = S.map((row) => V[0]!.map((_, k) => row.reduce((s, x, j) => s + x * V[j]![k]!, 0)));
  const VL = V.map((row) => row.map((x, k) => x * want.values[k]!));
  const residual = compareValues(VL, SV, { tolerance });
  if (!residual.ok) return { ok: false, message: `S·V differs from V·diag(values): ${residual.message}`, where: `S·V ${residual.details.position ?? ''}`.trim() };
  const I = V.map((_, a) => V.map((_, b) => (a === b ? 1 : 0)));
  const VtV = I.map((row, a) => row.map((_, b) => V.reduce((s, r) => s + r[a]! * r[b]!, 0)));
  const orth = compareValues(I, VtV, { tolerance });
  if (!orth.ok) return { ok: false, message: `VᵀV is not the identity: ${orth.message}`, where: `VᵀV ${orth.details.position ?? ''}`.trim() };
  return { ok: true };
}

/** S = Q·diag(λ)·Qᵀ with a random orthogonal Q (Gram–Schmidt on normal vectors), mirrored to be exactly symmetric. */
function withSpectrum(seed: number, lambdas: number[]): number[][] {
  const r = rng(seed);
  const n = lambdas.length;
  const Q: number[][] = [];
  while (Q.length < n) {
    let v = Array.from({ length: n }, () => r.normal());
    for (const q of Q) { const d = q.reduce((s, x, i) => s + x * v[i]!, 0); v = v.map((x, i) => x - d * q[i]!); }
    const norm = Math.hypot(...v);
    Q.push(v.map((x) => x / norm));
  }
  const S = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Q.reduce((s, q, k) => s + q[i]! * lambdas[k]! * q[j]!, 0)));
  return S.map((row, i) => row.map((x, j) => (j < i ? S[j]![i]! : x)));
}

function randomSymmetric(seed: number, n: number): number[][] {
  const r = rng(seed);
  const M = r.matrix(n, n, -3, 3);
  return M.map((row, i) => row.map((x, j) => (j < i ? M[j]![i]! : x)));
}

const cases = [
  { name: 'worked example', sample: true, args: [[[2, 1], [1, 2]]] },
  { name: 'tridiagonal 3×3', sample: true, args: [[[4, 1, 0], [1, 3, 1], [0, 1, 2]]] },
  { name: 'diagonal input', args: [[[1, 0, 0, 0], [0, -2, 0, 0], [0, 0, 5, 0], [0, 0, 0, 3]]] },
  { name: 'identity: every vector is an eigenvector', args: [[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]] },
  { name: '1×1', args: [[[-4.5]]] },
  { name: 'negative eigenvalues', args: [withSpectrum(11101, [3, 1, -2, -5])] },
  { name: 'a repeated eigenvalue in a rotated basis', args: [withSpectrum(11102, [4, 2, 2, -1, 0.5])] },
  { name: 'two eigenvalues 1e-8 apart', args: [withSpectrum(11103, [2, 1 + 1e-8, 1, -0.5])] },
  { name: 'a singular matrix', args: [withSpectrum(11104, [3, 1, 0, -1])] },
  ...Array.from({ length: 5 }, (_, i) => {
    const r = rng(11200 + i);
    return { name: `random ${i + 1}`, args: [randomSymmetric(11210 + i, r.int(2, 9))] };
  }),
  { name: 'large: 40×40', args: [randomSymmetric(11300, 40)], weight: 2 },
].map((c) => ({ ...c, check: 'eigenpairs' }));

export default defineTests({
  checks: { eigenpairs: { mode: 'instead', fn: eigenpairs } },
  cases: [
    ...cases,
    { name: 'a non-symmetric matrix throws', args: [[[1, 2], [3, 4]]], expectError: true },
    { name: 'a non-square matrix throws', args: [[[1, 2, 3], [2, 1, 0]]], expectError: true },
    { name: 'an empty matrix throws', args: [[]], expectError: true },
    { name: 'a NaN entry throws', args: [[[1, Number.NaN], [Number.NaN, 1]]], expectError: true },
  ],
});
