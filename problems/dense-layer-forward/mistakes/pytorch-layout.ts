// expect: wrong_answer
// mistake: reads W in PyTorch's out×in layout (W[j][i]) although it is stored in×out
// caught-by: more outputs than inputs
export function denseForward(X: number[][], W: number[][], b: number[], activation: 'linear' | 'relu' | 'sigmoid' | 'tanh'): number[][] {
  const inDim = W.length, outDim = b.length;
  if (outDim === 0) throw new Error('empty b');
  const f =
    activation === 'linear' ? (z: number) => z
    : activation === 'relu' ? (z: number) => (z > 0 ? z : 0)
    : activation === 'sigmoid' ? (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))
    : activation === 'tanh' ? (z: number) => Math.tanh(z)
    : null;
  if (!f) throw new Error('unknown activation');
  return X.map((x) => {
    const out = new Array(outDim);
    for (let j = 0; j < outDim; j++) {
      let z = b[j];
      for (let i = 0; i < x.length; i++) z += x[i] * (W[j]?.[i] ?? 0);
      out[j] = f(z);
    }
    return out;
  });
}
