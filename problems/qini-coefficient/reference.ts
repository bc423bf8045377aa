// Reference: plain float64 TypeScript (sorting and prefix sums).
export function qini(yTrue: number[], treatment: number[], scores: number[]): { curve: number[]; coefficient: number } {
  const n = yTrue.length;
  if (n === 0 || treatment.length !== n || scores.length !== n) throw new Error('arrays must be non-empty and of equal length');
  if (treatment.some((t) => t !== 0 && t !== 1)) throw new Error('treatment must be 0 or 1');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const curve = [0];
  let nT = 0, nC = 0, yT = 0, yC = 0;
  for (const i of order) {
    if (treatment[i] === 1) { nT++; yT += yTrue[i]!; } else { nC++; yC += yTrue[i]!; }
    curve.push(nT > 0 && nC > 0 ? yT - (yC * nT) / nC : 0);
  }
  const qn = curve[n]!;
  let area = 0;
  for (let k = 1; k <= n; k++) area += (curve[k]! - (k / n) * qn + curve[k - 1]! - ((k - 1) / n) * qn) / 2;
  return { curve, coefficient: area / n };
}
