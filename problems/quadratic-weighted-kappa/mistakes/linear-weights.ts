// expect: wrong_answer
// mistake: uses linear weights |i − j| / (K − 1) instead of quadratic ones
// caught-by: predictions off by two levels
export function quadraticWeightedKappa(yTrue: number[], yPred: number[], numClasses: number): number {
  const K = numClasses, n = yTrue.length;
  if (!Number.isInteger(K) || K < 2 || n === 0 || n !== yPred.length) throw new Error('bad input');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('out of range');
  const O = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  yTrue.forEach((a, t) => { O[a]![yPred[t]!]!++; });
  const r = O.map((row) => row.reduce((s, v) => s + v, 0)), c = O[0]!.map((_, j) => O.reduce((s, row) => s + row[j]!, 0));
  let wo = 0, we = 0;
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) { const w = Math.abs(i - j) / (K - 1); wo += w * O[i]![j]!; we += (w * r[i]! * c[j]!) / n; }
  return 1 - wo / we;
}
