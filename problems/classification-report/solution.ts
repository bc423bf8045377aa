export function classificationReport(yTrue: number[], yPred: number[], K: number): number[][] {
  const n = yTrue.length;
  if (!Number.isInteger(K) || K < 1) throw new Error('K must be a positive integer');
  if (n === 0 || n !== yPred.length) throw new Error('length mismatch');
  const cm = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  for (let i = 0; i < n; i++) {
    const t = yTrue[i]!, p = yPred[i]!;
    if (!Number.isInteger(t) || !Number.isInteger(p) || t < 0 || p < 0 || t >= K || p >= K) throw new Error('label out of range');
    cm[t]![p]! += 1;
  }
  const out: number[][] = [];
  let correct = 0;
  for (let k = 0; k < K; k++) {
    const tp = cm[k]![k]!;
    correct += tp;
    let colSum = 0, rowSum = 0;
    for (let j = 0; j < K; j++) { colSum += cm[j]![k]!; rowSum += cm[k]![j]!; }
    const precision = colSum === 0 ? 0 : tp / colSum;
    const recall = rowSum === 0 ? 0 : tp / rowSum;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out.push([precision, recall, f1, rowSum]);
  }
  const macro = [0, 0, 0, n], weighted = [0, 0, 0, n];
  for (const row of out) {
    for (let j = 0; j < 3; j++) {
      macro[j]! += row[j]! / K;
      weighted[j]! += (row[j]! * row[3]!) / n;
    }
  }
  out.push(macro, weighted, [correct / n]);
  return out;
}
