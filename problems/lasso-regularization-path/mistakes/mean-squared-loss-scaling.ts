// expect: wrong_answer
// mistake: minimises (1/n)‖r‖² + α‖w‖₁ instead of (1/2n)‖r‖² + α‖w‖₁, so every threshold is α/2
// caught-by: random 1
export function lassoPath(X: number[][], y: number[], alphas: number[], maxIter: number, tol: number): [number[][], number[], number] {
  const n = X.length;
  if (n === 0 || X[0].length === 0 || y.length !== n || X.some((r) => r.length !== X[0].length)) throw new Error('shape');
  if (alphas.some((a) => !(a >= 0) || !Number.isFinite(a))) throw new Error('alpha');
  const p = X[0].length;
  // centre so that the unpenalised intercept drops out
  const xbar = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
  const ybar = y.reduce((s, v) => s + v, 0) / n;
  const Xc = X.map((r) => r.map((v, j) => v - xbar[j]));
  const yc = y.map((v) => v - ybar);
  const sq = xbar.map((_, j) => Xc.reduce((s, r) => s + r[j] ** 2, 0) / n);
  const alphaMax = Math.max(...xbar.map((_, j) => Math.abs(Xc.reduce((s, r, i) => s + r[j] * yc[i], 0)) / n));

  const w = new Array(p).fill(0); // warm start: each alpha begins where the previous one ended
  const r = [...yc];
  const coefs: number[][] = [];
  for (const alpha of alphas) {
    for (let sweep = 0; sweep < maxIter; sweep++) {
      let maxChange = 0;
      for (let j = 0; j < p; j++) {
        if (sq[j] === 0) continue;
        let z = 0;
        for (let i = 0; i < n; i++) z += Xc[i][j] * r[i];
        z = z / n + sq[j] * w[j];
        const wNew = Math.sign(z) * Math.max(Math.abs(z) - alpha / 2, 0) / sq[j];
        const d = wNew - w[j];
        if (d !== 0) {
          for (let i = 0; i < n; i++) r[i] -= Xc[i][j] * d;
          w[j] = wNew;
        }
        maxChange = Math.max(maxChange, Math.abs(d));
      }
      if (maxChange < tol) break;
    }
    coefs.push([...w]);
  }
  return [coefs, coefs.map((c) => c.filter((v) => v !== 0).length), alphaMax];
}
