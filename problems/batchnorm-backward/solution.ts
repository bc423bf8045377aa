// Staged back-propagation through the computation graph (x → μ, σ² → x̂ → y), not the closed form.
export function batchNormBackward(
  x: number[][],
  gamma: number[],
  dY: number[][],
  eps: number,
): { dX: number[][]; dGamma: number[]; dBeta: number[] } {
  const m = x.length;
  const d = gamma.length;
  const dX: number[][] = x.map(() => new Array<number>(d).fill(0));
  const dGamma = new Array<number>(d).fill(0);
  const dBeta = new Array<number>(d).fill(0);
  for (let j = 0; j < d; j++) {
    const col = x.map((r) => r[j]!);
    const g = dY.map((r) => r[j]!);
    const mu = col.reduce((a, b) => a + b, 0) / m;
    const xc = col.map((v) => v - mu);
    const varj = xc.reduce((a, v) => a + v * v, 0) / m;
    const std = Math.sqrt(varj + eps);
    const xhat = xc.map((v) => v / std);
    // y = γ x̂ + β
    dBeta[j] = g.reduce((a, b) => a + b, 0);
    dGamma[j] = g.reduce((a, gi, i) => a + gi * xhat[i]!, 0);
    const dxhat = g.map((gi) => gi * gamma[j]!);
    // x̂ = xc · (var+eps)^(-1/2)
    const dvar = dxhat.reduce((a, v, i) => a + v * xc[i]!, 0) * -0.5 * Math.pow(varj + eps, -1.5);
    // xc = x − μ ; var = mean(xc²)
    const dxc = dxhat.map((v, i) => v / std + (dvar * 2 * xc[i]!) / m);
    // μ = mean(x)
    const dmu = -dxc.reduce((a, b) => a + b, 0);
    for (let i = 0; i < m; i++) dX[i]![j] = dxc[i]! + dmu / m;
  }
  return { dX, dGamma, dBeta };
}
