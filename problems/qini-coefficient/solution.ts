export function qini(yTrue: number[], treatment: number[], scores: number[]): { curve: number[]; coefficient: number } {
  const n = yTrue.length;
  if (!n || treatment.length !== n || scores.length !== n) throw new Error('bad lengths');
  for (const t of treatment) if (t !== 0 && t !== 1) throw new Error('treatment must be binary');
  const rows = yTrue.map((y, i) => ({ y, t: treatment[i]!, s: scores[i]!, i }));
  rows.sort((p, q) => (q.s !== p.s ? q.s - p.s : p.i - q.i));
  const Q = new Array<number>(n + 1).fill(0);
  let cntT = 0, cntC = 0, sumT = 0, sumC = 0;
  rows.forEach((r, k) => {
    if (r.t) { cntT += 1; sumT += r.y; } else { cntC += 1; sumC += r.y; }
    Q[k + 1] = cntT && cntC ? sumT - sumC * (cntT / cntC) : 0;
  });
  // area under Q minus area under the random line (which is Q(n)/2 over [0,1])
  let under = 0;
  for (let k = 1; k <= n; k++) under += (Q[k]! + Q[k - 1]!) / 2;
  const coefficient = under / n - Q[n]! / 2;
  return { curve: Q, coefficient };
}
