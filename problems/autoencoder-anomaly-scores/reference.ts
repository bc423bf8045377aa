/**
 * Plain float64: dense encoder (ReLU between layers, linear code) and decoder (ReLU between layers, sigmoid
 * output), per-row reconstruction MSE, numpy's linear-interpolation percentile, strict threshold.
 */
import { sigmoid } from '../../grader/reference-kit/float64.ts';

function dense(x: number[], W: number[][], b: number[]): number[] {
  return b.map((bj, j) => x.reduce((s, xi, i) => s + xi * W[i]![j]!, bj));
}

function checkStack(Ws: number[][][], bs: number[][], dIn: number, what: string): number {
  if (Ws.length === 0 || bs.length !== Ws.length) throw new Error(`${what}: need at least one layer and one bias per layer`);
  let width = dIn;
  Ws.forEach((W, l) => {
    if (W.length !== width || W.some((r) => r.length !== bs[l]!.length || !r.every(Number.isFinite)) || !bs[l]!.every(Number.isFinite)) {
      throw new Error(`${what}: layer ${l} does not take ${width} inputs`);
    }
    width = bs[l]!.length;
  });
  return width;
}

/** numpy.percentile(values, q), method "linear". */
export function percentileLinear(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const r = (q / 100) * (s.length - 1);
  const lo = Math.floor(r);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (r - lo) * (s[hi]! - s[lo]!);
}

export function reconstructionErrors(X: number[][], encW: number[][][], encB: number[][], decW: number[][][], decB: number[][]): number[] {
  return X.map((x) => {
    let a = x;
    encW.forEach((W, l) => { a = dense(a, W, encB[l]!); if (l < encW.length - 1) a = a.map((v) => Math.max(v, 0)); });
    decW.forEach((W, l) => { a = dense(a, W, decB[l]!); a = l < decW.length - 1 ? a.map((v) => Math.max(v, 0)) : a.map(sigmoid); });
    return x.reduce((s, xi, i) => s + (xi - a[i]!) ** 2, 0) / x.length;
  });
}

export function autoencoderAnomaly(
  Xtrain: number[][], Xtest: number[][], encW: number[][][], encB: number[][], decW: number[][][], decB: number[][], q: number,
): { trainErrors: number[]; testErrors: number[]; threshold: number; isAnomaly: number[] } {
  if (Xtrain.length === 0) throw new Error('Xtrain has no rows');
  const d = Xtrain[0]!.length;
  if (d === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== d || !r.every(Number.isFinite))) throw new Error(`every row must hold ${d} finite features`);
  const code = checkStack(encW, encB, d, 'encoder');
  if (checkStack(decW, decB, code, 'decoder') !== d) throw new Error(`the decoder must output ${d} features`);
  if (!(q >= 0 && q <= 100)) throw new Error('q must be in [0, 100]');

  const trainErrors = reconstructionErrors(Xtrain, encW, encB, decW, decB);
  const testErrors = reconstructionErrors(Xtest, encW, encB, decW, decB);
  const threshold = percentileLinear(trainErrors, q);
  return { trainErrors, testErrors, threshold, isAnomaly: testErrors.map((e) => (e > threshold ? 1 : 0)) };
}
