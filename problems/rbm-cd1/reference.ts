/**
 * Plain float64 binary RBM: one CD-1 chain with the supplied uniforms (sample 1 when u < p), the update
 * from the probabilities, and the energy E(v0, h0) and free energy F(v0) under the parameters given.
 */
import { sigmoid, softplus } from '../../grader/reference-kit/float64.ts';

function isMatrix(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

/** p(h = 1 | v) for every row of vs. */
function hiddenProbs(vs: number[][], W: number[][], b: number[]): number[][] {
  return vs.map((v) => b.map((bj, j) => sigmoid(v.reduce((s, vi, i) => s + vi * W[i]![j]!, bj))));
}

export function rbmCd1(
  v0: number[][], W: number[][], a: number[], b: number[], uH: number[][], uV: number[][], lr: number,
): { W: number[][]; a: number[]; b: number[]; energy: number[]; freeEnergy: number[] } {
  const m = v0.length;
  const V = a.length;
  const H = b.length;
  if (m === 0 || V === 0 || H === 0) throw new Error('empty batch or layer');
  if (!isMatrix(W, V, H) || ![...a, ...b].every(Number.isFinite)) throw new Error(`W must be ${V}×${H}, matching a and b`);
  if (v0.some((r) => r.length !== V || r.some((x) => x !== 0 && x !== 1))) throw new Error('v0 must hold binary rows of the visible size');
  if (!isMatrix(uH, m, H) || !isMatrix(uV, m, V) || [...uH.flat(), ...uV.flat()].some((u) => u < 0 || u >= 1)) throw new Error('uH and uV must be m×H and m×V uniforms in [0, 1)');
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error('lr must be a finite number ≥ 0');

  const ph0 = hiddenProbs(v0, W, b);
  const h0 = ph0.map((row, k) => row.map((p, j) => (uH[k]![j]! < p ? 1 : 0)));
  const v1 = h0.map((h, k) => a.map((ai, i) => (uV[k]![i]! < sigmoid(h.reduce((s, hj, j) => s + hj * W[i]![j]!, ai)) ? 1 : 0)));
  const ph1 = hiddenProbs(v1, W, b);

  const energy = v0.map((v, k) => {
    const h = h0[k]!;
    let e = 0;
    v.forEach((vi, i) => { e -= a[i]! * vi; h.forEach((hj, j) => { e -= vi * W[i]![j]! * hj; }); });
    h.forEach((hj, j) => { e -= b[j]! * hj; });
    return e;
  });
  const freeEnergy = v0.map((v) => -v.reduce((s, vi, i) => s + a[i]! * vi, 0)
    - b.reduce((s, bj, j) => s + softplus(v.reduce((t, vi, i) => t + vi * W[i]![j]!, bj)), 0));

  return {
    W: W.map((row, i) => row.map((w, j) => w + (lr / m) * v0.reduce((s, v, k) => s + v[i]! * ph0[k]![j]! - v1[k]![i]! * ph1[k]![j]!, 0))),
    a: a.map((ai, i) => ai + (lr / m) * v0.reduce((s, v, k) => s + v[i]! - v1[k]![i]!, 0)),
    b: b.map((bj, j) => bj + (lr / m) * ph0.reduce((s, p, k) => s + p[j]! - ph1[k]![j]!, 0)),
    energy,
    freeEnergy,
  };
}

/** The smallest |u − p| over both sampling steps: tests keep it away from 0 so that no sample sits on a knife edge. */
export function samplingMargin(v0: number[][], W: number[][], a: number[], b: number[], uH: number[][], uV: number[][]): number {
  const ph0 = hiddenProbs(v0, W, b);
  let margin = Infinity;
  const h0 = ph0.map((row, k) => row.map((p, j) => { margin = Math.min(margin, Math.abs(uH[k]![j]! - p)); return uH[k]![j]! < p ? 1 : 0; }));
  h0.forEach((h, k) => a.forEach((ai, i) => { margin = Math.min(margin, Math.abs(uV[k]![i]! - sigmoid(h.reduce((s, hj, j) => s + hj * W[i]![j]!, ai)))); }));
  return margin;
}
