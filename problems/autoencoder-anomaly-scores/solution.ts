export function autoencoderAnomaly(
  Xtrain: number[][], Xtest: number[][], encW: number[][][], encB: number[][], decW: number[][][], decB: number[][], q: number,
): { trainErrors: number[]; testErrors: number[]; threshold: number; isAnomaly: number[] } {
  if (Xtrain.length === 0 || !(q >= 0 && q <= 100)) throw new Error('empty training set or q outside [0, 100]');
  const d = Xtrain[0].length;
  if ([...Xtrain, ...Xtest].some((r) => r.length !== d)) throw new Error('row lengths differ');
  if (encW.length === 0 || decW.length === 0 || encB.length !== encW.length || decB.length !== decW.length) throw new Error('layers');
  const layers = [...encW, ...decW];
  const biases = [...encB, ...decB];
  let width = d;
  for (let l = 0; l < layers.length; l++) {
    if (layers[l].length !== width || layers[l].some((r) => r.length !== biases[l].length)) throw new Error(`layer ${l} shape`);
    width = biases[l].length;
  }
  if (width !== d) throw new Error('the decoder must reconstruct every feature');

  const reconstruct = (x: number[]) => {
    let a = x;
    for (let l = 0; l < layers.length; l++) {
      const z = biases[l].map((b, j) => a.reduce((s, ai, i) => s + ai * layers[l][i][j], b));
      if (l === layers.length - 1) a = z.map((v) => 1 / (1 + Math.exp(-v))); // sigmoid output
      else if (l === encW.length - 1) a = z; // the code layer is linear
      else a = z.map((v) => Math.max(0, v));
    }
    return a;
  };
  const mse = (x: number[]) => {
    const r = reconstruct(x);
    return x.reduce((s, xi, i) => s + (xi - r[i]) ** 2, 0) / d;
  };
  const trainErrors = Xtrain.map(mse);
  const testErrors = Xtest.map(mse);

  // numpy's default percentile: linear interpolation between the order statistics around q/100·(n − 1)
  const sorted = [...trainErrors].sort((a, b) => a - b);
  const pos = (q / 100) * (sorted.length - 1);
  const lo = Math.floor(pos), hi = Math.min(lo + 1, sorted.length - 1);
  const threshold = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);

  return { trainErrors, testErrors, threshold, isAnomaly: testErrors.map((e) => (e > threshold ? 1 : 0)) };
}
