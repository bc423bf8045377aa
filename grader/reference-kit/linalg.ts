/**
 * Float64 dense linear algebra for plain-TS references (TensorFlow.js has no float64, and its `linalg`
 * holds only qr, gramSchmidt and bandPart). Matrices are row-major `number[][]`; inputs are never
 * mutated. Conventions are pinned so that expected values are reproducible:
 *
 * - pivoting picks the largest |entry| in the column, the lowest row on ties (as LAPACK's getrf);
 * - a pivot is treated as zero when |pivot| ≤ n·ε·max|A| (ε = 2⁻⁵²), which is how `solve` and
 *   `inverse` detect a singular matrix and throw;
 * - eigenvalues and singular values are sorted descending (ties keep the lower original index);
 * - eigenvectors and right singular vectors have their largest-magnitude entry positive (the lowest
 *   index among entries within a relative 1e-9 of the largest), left singular vectors follow;
 * - QR has a non-negative diagonal in R, which makes the thin QR of a full-column-rank matrix unique.
 */

export type Matrix = number[][];

const EPS = Number.EPSILON;

function assertMatrix(a: Matrix, what: string): [number, number] {
  const m = a.length;
  if (m === 0) throw new Error(`${what}: the matrix is empty`);
  const n = a[0]!.length;
  if (n === 0) throw new Error(`${what}: the matrix has no columns`);
  for (const [i, row] of a.entries()) {
    if (row.length !== n) throw new Error(`${what}: row ${i} has ${row.length} entries, expected ${n}`);
    for (const v of row) if (!Number.isFinite(v)) throw new Error(`${what}: the matrix has a non-finite entry in row ${i}`);
  }
  return [m, n];
}

function assertSquare(a: Matrix, what: string): number {
  const [m, n] = assertMatrix(a, what);
  if (m !== n) throw new Error(`${what}: the matrix must be square, got ${m}×${n}`);
  return n;
}

function maxAbs(a: Matrix): number {
  let max = 0;
  for (const row of a) for (const v of row) max = Math.max(max, Math.abs(v));
  return max;
}

export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

export function transpose(a: Matrix): Matrix {
  const n = a[0]?.length ?? 0;
  return Array.from({ length: n }, (_, j) => a.map((row) => row[j]!));
}

export function matVec(a: Matrix, x: readonly number[]): number[] {
  return a.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j]! * x[j]!;
    return s;
  });
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function norm2(a: readonly number[]): number {
  // scaled to avoid overflow and underflow of the squares
  let scale = 0;
  for (const v of a) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) return 0;
  let s = 0;
  for (const v of a) s += (v / scale) ** 2;
  return scale * Math.sqrt(s);
}

/** Solves L·x = b for lower-triangular L (unit diagonal when `unitDiagonal`). */
export function forwardSubstitute(l: Matrix, b: readonly number[], unitDiagonal = false): number[] {
  const n = l.length;
  const x = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * x[k]!;
    x[i] = unitDiagonal ? s : s / l[i]![i]!;
  }
  return x;
}

/** Solves U·x = b for upper-triangular U (square, or the leading n×n block of an n×p U). */
export function backSubstitute(u: Matrix, b: readonly number[]): number[] {
  const n = u.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < n; k++) s -= u[i]![k]! * x[k]!;
    x[i] = s / u[i]![i]!;
  }
  return x;
}

export interface LuFactors {
  /** unit lower-triangular */
  L: Matrix;
  /** upper-triangular */
  U: Matrix;
  /** P·A = L·U, where row i of P·A is row perm[i] of A */
  perm: number[];
  /** determinant of P: +1 or −1 */
  sign: number;
  /** the largest |pivot| treated as zero: n·ε·max|A| unless another relative tolerance was given */
  pivotTolerance: number;
}

/**
 * LU with partial pivoting (Doolittle). Never throws on a singular matrix: a zero column is skipped.
 * `relativePivotTolerance` (default n·ε) times max|A| is the `pivotTolerance` that `solve` checks.
 */
export function luDecompose(a: Matrix, relativePivotTolerance?: number): LuFactors {
  const n = assertSquare(a, 'LU');
  const w = a.map((row) => row.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(w[i]![k]!) > Math.abs(w[p]![k]!)) p = i;
    if (p !== k) {
      [w[p], w[k]] = [w[k]!, w[p]!];
      [perm[p], perm[k]] = [perm[k]!, perm[p]!];
      sign = -sign;
    }
    const pivot = w[k]![k]!;
    if (pivot === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const f = w[i]![k]! / pivot;
      w[i]![k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) w[i]![j] = w[i]![j]! - f * w[k]![j]!;
    }
  }
  const L = w.map((row, i) => row.map((v, j) => (j < i ? v : j === i ? 1 : 0)));
  const U = w.map((row, i) => row.map((v, j) => (j >= i ? v : 0)));
  return { L, U, perm, sign, pivotTolerance: (relativePivotTolerance ?? n * EPS) * maxAbs(a) };
}

function assertNonsingular(f: LuFactors, what: string): void {
  for (let k = 0; k < f.U.length; k++) {
    const pivot = f.U[k]![k]!;
    if (!(Math.abs(pivot) > f.pivotTolerance)) {
      throw new Error(`${what}: the matrix is singular (pivot ${k + 1} is ${pivot}, at most the tolerance ${f.pivotTolerance})`);
    }
  }
}

/** Solves A·x = b with an existing factorisation (no singularity check). */
export function luSolve(f: LuFactors, b: readonly number[]): number[] {
  if (b.length !== f.perm.length) throw new Error(`solve: b has ${b.length} entries, expected ${f.perm.length}`);
  const y = forwardSubstitute(f.L, f.perm.map((i) => b[i]!), true);
  return backSubstitute(f.U, y);
}

/**
 * x with A·x = b, by Gaussian elimination with partial pivoting; throws on a singular A, i.e. a pivot
 * |u_kk| ≤ relativePivotTolerance·max|A| (default n·ε).
 */
export function solve(a: Matrix, b: readonly number[], relativePivotTolerance?: number): number[] {
  const f = luDecompose(a, relativePivotTolerance);
  assertNonsingular(f, 'solve');
  return luSolve(f, b);
}

/** X with A·X = B (B is n×k); throws on a singular A. */
export function solveMatrix(a: Matrix, b: Matrix): Matrix {
  const f = luDecompose(a);
  assertNonsingular(f, 'solve');
  if (b.length !== f.perm.length) throw new Error(`solve: B has ${b.length} rows, expected ${f.perm.length}`);
  return transpose(transpose(b).map((col) => luSolve(f, col)));
}

/** det(A) from the LU pivots (a singular matrix gives 0 or a value at rounding level, as numpy does). */
export function determinant(a: Matrix): number {
  const f = luDecompose(a);
  let det = f.sign;
  for (let k = 0; k < f.U.length; k++) det *= f.U[k]![k]!;
  return det === 0 ? 0 : det; // no −0
}

/** A⁻¹; throws on a singular A. */
export function inverse(a: Matrix): Matrix {
  return solveMatrix(a, identity(a.length));
}

/**
 * Lower-triangular L with A = L·Lᵀ for a symmetric positive-definite A (only the lower triangle is read).
 * Throws when a pivot is not above `relativeTolerance` × the largest diagonal entry of A.
 */
export function cholesky(a: Matrix, relativeTolerance = a.length * EPS): Matrix {
  const n = assertSquare(a, 'Cholesky');
  let maxDiag = 0;
  for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, Math.abs(a[i]![i]!));
  const floor = relativeTolerance * maxDiag;
  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let s = a[j]![j]!;
    for (let k = 0; k < j; k++) s -= L[j]![k]! ** 2;
    if (!(s > floor)) throw new Error(`Cholesky: the matrix is not positive definite (pivot ${j + 1} is ${s})`);
    const ljj = Math.sqrt(s);
    L[j]![j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let t = a[i]![j]!;
      for (let k = 0; k < j; k++) t -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = t / ljj;
    }
  }
  return L;
}

/** x with L·Lᵀ·x = b, given the Cholesky factor L. */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
  const y = forwardSubstitute(l, b);
  const n = l.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

export interface QrFactors {
  /** m×k with orthonormal columns, k = min(m, n) */
  Q: Matrix;
  /** k×n upper-triangular (trapezoidal when m < n) with a non-negative diagonal */
  R: Matrix;
}

/** Thin QR by Householder reflections: A = Q·R. */
export function householderQR(a: Matrix): QrFactors {
  const [m, n] = assertMatrix(a, 'QR');
  const k = Math.min(m, n);
  const w = a.map((row) => row.slice());
  const reflectors: Array<number[] | null> = [];
  for (let c = 0; c < k; c++) {
    const x: number[] = [];
    for (let i = c; i < m; i++) x.push(w[i]![c]!);
    const nx = norm2(x);
    if (nx === 0) {
      reflectors.push(null);
      continue;
    }
    // v = x − α·e₁ with α = −sign(x₀)·‖x‖, so no cancellation in v₀
    const alpha = x[0]! > 0 ? -nx : nx;
    const v = x.slice();
    v[0] = v[0]! - alpha;
    const vv = dot(v, v);
    if (vv === 0) {
      reflectors.push(null);
      continue;
    }
    for (let j = c; j < n; j++) {
      let s = 0;
      for (let i = c; i < m; i++) s += v[i - c]! * w[i]![j]!;
      const f = (2 * s) / vv;
      for (let i = c; i < m; i++) w[i]![j] = w[i]![j]! - f * v[i - c]!;
    }
    for (let i = c + 1; i < m; i++) w[i]![c] = 0;
    reflectors.push(v.map((t) => t / Math.sqrt(vv)));
  }
  // Q = H₀·H₁·…·H_{k−1} applied to the first k columns of the identity, right to left
  const Q: Matrix = Array.from({ length: m }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)));
  for (let c = k - 1; c >= 0; c--) {
    const v = reflectors[c];
    if (!v) continue;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = c; i < m; i++) s += v[i - c]! * Q[i]![j]!;
      for (let i = c; i < m; i++) Q[i]![j] = Q[i]![j]! - 2 * s * v[i - c]!;
    }
  }
  const R: Matrix = w.slice(0, k).map((row, i) => row.map((v, j) => (j >= i ? v : 0)));
  for (let i = 0; i < k; i++) {
    if (R[i]![i]! < 0) {
      R[i] = R[i]!.map((v) => -v);
      for (let r = 0; r < m; r++) Q[r]![i] = -Q[r]![i]!;
    }
  }
  return { Q, R };
}

/** Flips v in place so that its largest-magnitude entry (lowest index among near-ties) is positive; returns the sign used. */
function orientInPlace(v: number[]): number {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  if (max === 0) return 1;
  const lead = v.findIndex((x) => Math.abs(x) >= max * (1 - 1e-9));
  if (v[lead]! >= 0) return 1;
  for (let i = 0; i < v.length; i++) v[i] = -v[i]!;
  return -1;
}

export interface SymmetricEigen {
  /** descending */
  values: number[];
  /** vectors[i] is the unit eigenvector of values[i] (rows, not columns) */
  vectors: Matrix;
}

/**
 * Eigendecomposition of a symmetric matrix by cyclic Jacobi rotations. Throws when A is not symmetric
 * within 1e-10·max|A|; uses (A + Aᵀ)/2.
 */
export function symmetricEigen(s: Matrix): SymmetricEigen {
  const n = assertSquare(s, 'symmetricEigen');
  const scale = maxAbs(s);
  const a = s.map((row, i) => row.map((v, j) => {
    if (Math.abs(v - s[j]![i]!) > 1e-10 * scale) throw new Error(`symmetricEigen: the matrix is not symmetric at (${i}, ${j})`);
    return (v + s[j]![i]!) / 2;
  }));
  const V = identity(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const t = a[i]![j]! ** 2;
        total += t;
        if (i !== j) off += t;
      }
    }
    if (off === 0 || Math.sqrt(off) <= EPS * 1e-2 * Math.sqrt(total)) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!, akq = a[k]![q]!;
          a[k]![p] = c * akp - sn * akq;
          a[k]![q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!, aqk = a[q]![k]!;
          a[p]![k] = c * apk - sn * aqk;
          a[q]![k] = sn * apk + c * aqk;
        }
        a[p]![q] = 0;
        a[q]![p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = V[k]![p]!, vkq = V[k]![q]!;
          V[k]![p] = c * vkp - sn * vkq;
          V[k]![q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y]![y]! - a[x]![x]! || x - y);
  const vectors = order.map((i) => {
    const v = V.map((row) => row[i]!);
    orientInPlace(v);
    return v;
  });
  return { values: order.map((i) => a[i]![i]!), vectors };
}

export interface Svd {
  /** m×k, orthonormal columns (k = min(m, n)) */
  U: Matrix;
  /** k singular values, descending, ≥ 0 */
  s: number[];
  /** n×k, orthonormal columns: A = U·diag(s)·Vᵀ */
  V: Matrix;
}

/** Thin SVD by one-sided (Hestenes) Jacobi, which keeps high relative accuracy on small singular values. */
export function svd(a: Matrix): Svd {
  const [m, n] = assertMatrix(a, 'SVD');
  if (m >= n) return svdTall(a, m, n);
  const t = svdTall(transpose(a), n, m);
  // the orientation convention is on V, so re-orient after swapping the roles of U and V
  const uCols = transpose(t.V);
  const vCols = transpose(t.U);
  vCols.forEach((v, j) => {
    if (orientInPlace(v) < 0) uCols[j] = uCols[j]!.map((x) => -x);
  });
  return { U: transpose(uCols), s: t.s, V: transpose(vCols) };
}

function svdTall(a: Matrix, m: number, n: number): Svd {
  // columns of A as rows of `cols`, rotated pairwise until mutually orthogonal
  const cols = transpose(a);
  const vt = identity(n); // rows: columns of V
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const cp = cols[p]!, cq = cols[q]!;
        const alpha = dot(cp, cp), beta = dot(cq, cq), gamma = dot(cp, cq);
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.abs(zeta) > 1e150 ? 1 / (2 * zeta) : Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = c * t;
        for (const pair of [[cp, cq], [vt[p]!, vt[q]!]] as const) {
          const [x, y] = pair;
          for (let i = 0; i < x.length; i++) {
            const xi = x[i]!, yi = y[i]!;
            x[i] = c * xi - sn * yi;
            y[i] = sn * xi + c * yi;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const norms = cols.map((c) => norm2(c));
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => norms[y]! - norms[x]! || x - y);
  const s = order.map((i) => norms[i]!);
  const tiny = (s[0] ?? 0) * Math.max(m, n) * EPS;
  const uCols: number[][] = [];
  const vCols: number[][] = [];
  for (const [j, i] of order.entries()) {
    const v = vt[i]!.slice();
    const sign = orientInPlace(v);
    vCols.push(v);
    uCols.push(s[j]! > tiny && s[j]! > 0 ? cols[i]!.map((x) => (sign * x) / s[j]!) : []);
  }
  completeOrthonormal(uCols, m);
  return { U: transpose(uCols), s, V: transpose(vCols) };
}

/** Replaces the empty entries of `vectors` by unit vectors orthogonal to all others (Gram–Schmidt on eᵢ). */
function completeOrthonormal(vectors: number[][], dim: number): void {
  let candidate = 0;
  for (let j = 0; j < vectors.length; j++) {
    if (vectors[j]!.length > 0) continue;
    for (;;) {
      if (candidate >= dim) throw new Error('SVD: cannot complete an orthonormal basis');
      let v: number[] = Array.from({ length: dim }, (_, i) => (i === candidate ? 1 : 0));
      candidate++;
      for (let pass = 0; pass < 2; pass++) {
        for (const u of vectors) {
          if (u.length === 0) continue;
          const d = dot(u, v);
          v = v.map((x, i) => x - d * u[i]!);
        }
      }
      const nv = norm2(v);
      if (nv > 0.5) {
        vectors[j] = v.map((x) => x / nv);
        break;
      }
    }
  }
}
