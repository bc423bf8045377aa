export function quadraticWeightedKappa(yTrue: number[], yPred: number[], numClasses: number): number {
  const K = numClasses, n = yTrue.length;
  if (!Number.isInteger(K) || K < 2) throw new Error('need at least two rating levels');
  if (n === 0 || n !== yPred.length) throw new Error('length mismatch');
  const O: number[][] = [];
  for (let i = 0; i < K; i++) O.push(new Array<number>(K).fill(0));
  for (let t = 0; t < n; t++) {
    const a = yTrue[t]!, b = yPred[t]!;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= K || b >= K) throw new Error('rating out of range');
    O[a]![b]! += 1;
  }
  const hTrue = O.map((row) => row.reduce((s, v) => s + v, 0));
  const hPred = O[0]!.map((_, j) => O.reduce((s, row) => s + row[j]!, 0));
  let wo = 0, we = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const w = (i - j) ** 2 / (K - 1) ** 2;
      wo += w * O[i]![j]!;
      we += w * (hTrue[i]! * hPred[j]!) / n;
    }
  }
  return 1 - wo / we;
}
