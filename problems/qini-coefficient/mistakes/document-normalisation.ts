// expect: wrong_answer
// mistake: the source's shortcut — sums Q(k) without subtracting the random line and divides by n·mean(y_T)
// caught-by: two rows
export function qini(yTrue: number[], treatment: number[], scores: number[]): { curve: number[]; coefficient: number } {
  const n = yTrue.length;
  if (!n || treatment.length !== n || scores.length !== n) throw new Error('bad lengths');
  for (const t of treatment) if (t !== 0 && t !== 1) throw new Error('treatment must be binary');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const curve = [0];
  let nT = 0, nC = 0, yT = 0, yC = 0, total = 0;
  for (const i of order) {
    if (treatment[i] === 1) { nT++; yT += yTrue[i]!; } else { nC++; yC += yTrue[i]!; }
    const q = nT && nC ? yT - (nT / nC) * yC : 0;
    curve.push(q);
    total += q;
  }
  const maxQ = nT > 0 ? n * (yT / nT) : 1;
  return { curve, coefficient: maxQ !== 0 ? total / maxQ : 0 };
}
