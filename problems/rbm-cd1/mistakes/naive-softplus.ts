// expect: wrong_answer
// mistake: computes softplus as log(1 + e^z), which overflows to Infinity for large pre-activations
// caught-by: large pre-activations
export function rbmCd1(
  v0: number[][], W: number[][], a: number[], b: number[], uH: number[][], uV: number[][], lr: number,
): { W: number[][]; a: number[]; b: number[]; energy: number[]; freeEnergy: number[] } {
  const m = v0.length, V = a.length, H = b.length;
  if (m === 0 || V === 0 || H === 0 || W.length !== V || W.some((r) => r.length !== H)) throw new Error('shapes');
  if (v0.some((r) => r.length !== V || r.some((x) => x !== 0 && x !== 1))) throw new Error('v0 must be binary');
  if (uH.length !== m || uV.length !== m || uH.some((r) => r.length !== H) || uV.some((r) => r.length !== V)) throw new Error('uniform shapes');
  if ([...uH.flat(), ...uV.flat()].some((u) => !(u >= 0 && u < 1)) || !(lr >= 0)) throw new Error('uniforms or lr');

  const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const softplus = (z: number) => Math.log(1 + Math.exp(z));
  const hidPre = (v: number[]) => b.map((bj, j) => v.reduce((s, vi, i) => s + vi * W[i][j], bj));
  const visPre = (h: number[]) => a.map((ai, i) => h.reduce((s, hj, j) => s + hj * W[i][j], ai));

  const ph0 = v0.map((v) => hidPre(v).map(sig));
  const h0 = ph0.map((p, k) => p.map((pj, j) => (uH[k][j] < pj ? 1 : 0)));
  const v1 = h0.map((h, k) => visPre(h).map((z, i) => (uV[k][i] < sig(z) ? 1 : 0)));
  const ph1 = v1.map((v) => hidPre(v).map(sig));

  // energies use the parameters before the update
  const energy = v0.map((v, k) => {
    const pre = hidPre(v); // b_j + vᵀW_{:,j}
    return -v.reduce((s, vi, i) => s + a[i] * vi, 0) - h0[k].reduce((s, hj, j) => s + hj * pre[j], 0);
  });
  const freeEnergy = v0.map((v) => -v.reduce((s, vi, i) => s + a[i] * vi, 0) - hidPre(v).reduce((s, z) => s + softplus(z), 0));

  const newW = W.map((row, i) => row.map((w, j) => {
    let g = 0;
    for (let k = 0; k < m; k++) g += v0[k][i] * ph0[k][j] - v1[k][i] * ph1[k][j];
    return w + (lr * g) / m;
  }));
  const newA = a.map((ai, i) => ai + (lr * v0.reduce((s, v, k) => s + v[i] - v1[k][i], 0)) / m);
  const newB = b.map((bj, j) => bj + (lr * ph0.reduce((s, p, k) => s + p[j] - ph1[k][j], 0)) / m);
  return { W: newW, a: newA, b: newB, energy, freeEnergy };
}
