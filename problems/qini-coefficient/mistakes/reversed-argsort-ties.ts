// expect: wrong_answer
// mistake: sorts ascending and reverses (np.argsort(s)[::-1]), so tied scores come out highest index first
// caught-by: all scores tied
export function qini(yTrue: number[], treatment: number[], scores: number[]): { curve: number[]; coefficient: number } {
  const n = yTrue.length;
  if (!n || treatment.length !== n || scores.length !== n) throw new Error('bad lengths');
  for (const t of treatment) if (t !== 0 && t !== 1) throw new Error('treatment must be binary');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b).reverse();
  const curve = [0];
  let nT = 0, nC = 0, yT = 0, yC = 0;
  for (const i of order) {
    if (treatment[i] === 1) { nT++; yT += yTrue[i]!; } else { nC++; yC += yTrue[i]!; }
    curve.push(nT && nC ? yT - (yC * nT) / nC : 0);
  }
  let area = 0;
  for (let k = 1; k <= n; k++) area += (curve[k]! + curve[k - 1]!) / 2;
  return { curve, coefficient: area / n - curve[n]! / 2 };
}
