export function denseForward(X: number[][], W: number[][], b: number[], activation: 'linear' | 'relu' | 'sigmoid' | 'tanh'): number[][] {
  const inDim = W.length, outDim = b.length;
  if (inDim === 0 || outDim === 0 || W.some((r) => r.length !== outDim)) throw new Error('W must be in×out matching b');
  const f =
    activation === 'linear' ? (z: number) => z
    : activation === 'relu' ? (z: number) => (z > 0 ? z : 0)
    : activation === 'sigmoid' ? (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))
    : activation === 'tanh' ? (z: number) => Math.tanh(z)
    : null;
  if (!f) throw new Error('unknown activation');
  return X.map((x) => {
    if (x.length !== inDim) throw new Error('input width mismatch');
    const out = new Array(outDim);
    for (let j = 0; j < outDim; j++) {
      let z = b[j];
      for (let i = 0; i < inDim; i++) z += x[i] * W[i][j];
      out[j] = f(z);
    }
    return out;
  });
}
