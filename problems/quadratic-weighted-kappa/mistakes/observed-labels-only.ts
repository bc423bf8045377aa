// expect: wrong_answer
// mistake: builds the matrices over the rating levels that actually occur and weights by their positions (like scikit-learn's cohen_kappa_score), not by the rating values 0..K−1
// caught-by: a rating level nobody used
export function quadraticWeightedKappa(yTrue: number[], yPred: number[], numClasses: number): number {
  const n = yTrue.length;
  if (!Number.isInteger(numClasses) || numClasses < 2 || n === 0 || n !== yPred.length) throw new Error('bad input');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= numClasses) throw new Error('out of range');
  const levels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
  const K = levels.length;
  const pos = new Map(levels.map((v, i) => [v, i]));
  const O = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  yTrue.forEach((a, t) => { O[pos.get(a)!]![pos.get(yPred[t]!)!]!++; });
  const r = O.map((row) => row.reduce((s, v) => s + v, 0)), c = O[0]!.map((_, j) => O.reduce((s, row) => s + row[j]!, 0));
  let wo = 0, we = 0;
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) { const w = (i - j) ** 2; wo += w * O[i]![j]!; we += (w * r[i]! * c[j]!) / n; }
  return 1 - wo / we;
}
