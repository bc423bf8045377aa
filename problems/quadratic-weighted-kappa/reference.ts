// Reference: plain float64 TypeScript.

export function quadraticWeightedKappa(yTrue: number[], yPred: number[], numClasses: number): number {
  const n = yTrue.length;
  const K = numClasses;
  if (!Number.isInteger(K) || K < 2) throw new Error('numClasses must be an integer ≥ 2');
  if (n === 0 || yPred.length !== n) throw new Error('yTrue and yPred need the same, non-zero length');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('ratings must be integers in [0, numClasses)');
  const observed = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const rowSum = new Array<number>(K).fill(0), colSum = new Array<number>(K).fill(0);
  for (let i = 0; i < n; i++) {
    observed[yTrue[i]!]![yPred[i]!]!++;
    rowSum[yTrue[i]!]!++;
    colSum[yPred[i]!]!++;
  }
  let num = 0, den = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const w = ((i - j) * (i - j)) / ((K - 1) * (K - 1));
      num += w * observed[i]![j]!;
      den += (w * rowSum[i]! * colSum[j]!) / n;
    }
  }
  return 1 - num / den; // 0/0 → NaN when the expected disagreement is 0
}
