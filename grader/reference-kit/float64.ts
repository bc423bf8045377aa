/** Float64 helpers shared by plain-TS references (TensorFlow.js has no float64). */

export type Matrix = number[][];

export function shapeOfMatrix(a: Matrix): [number, number] {
  return [a.length, a[0]?.length ?? 0];
}

/** A·B, or A·Bᵀ when `transposeB`. Row-major loops in the order that keeps error low and deterministic. */
export function matmul(a: Matrix, b: Matrix, transposeB = false): Matrix {
  const n = a.length;
  const k = a[0]?.length ?? 0;
  const m = transposeB ? b.length : (b[0]?.length ?? 0);
  const out: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(0);
    const ai = a[i]!;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += ai[p]! * (transposeB ? b[j]![p]! : b[p]![j]!);
      row[j] = s;
    }
    out.push(row);
  }
  return out;
}

/** Row-wise softmax with max subtraction; a row whose maximum is −∞ gives NaN (undefined softmax). */
export function softmaxRow(z: readonly number[]): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  if (max === Number.POSITIVE_INFINITY || Number.isNaN(max)) return z.map(() => Number.NaN);
  const exps = z.map((v) => Math.exp(v - max));
  let sum = 0;
  for (const e of exps) sum += e;
  return exps.map((e) => e / sum);
}

/** Logistic sigmoid without overflow: e^z/(1 + e^z) for z < 0. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** softplus(z) = log(1 + e^z), exact for any finite z: max(z, 0) + log1p(e^{−|z|}). */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** Row-wise log-softmax z − max − log Σ e^{z − max} (the row maximum must be finite). */
export function logSoftmaxRow(z: readonly number[]): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  const lse = max + Math.log(sum);
  return z.map((v) => v - lse);
}

export function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    s += d * d;
  }
  return s;
}

/** Index of the smallest value; ties go to the lower index. */
export function argminLowest(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}
