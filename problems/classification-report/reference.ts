// Reference: plain float64 TypeScript.

export function classificationReport(yTrue: number[], yPred: number[], K: number): number[][] {
  const n = yTrue.length;
  if (!Number.isInteger(K) || K < 1) throw new Error('K must be a positive integer');
  if (n === 0 || yPred.length !== n) throw new Error('yTrue and yPred need the same, non-zero length');
  for (const v of [...yTrue, ...yPred]) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('labels must be integers in [0, K)');
  const tp = new Array<number>(K).fill(0), predicted = new Array<number>(K).fill(0), support = new Array<number>(K).fill(0);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    support[yTrue[i]!]!++;
    predicted[yPred[i]!]!++;
    if (yTrue[i] === yPred[i]) { tp[yTrue[i]!]!++; correct++; }
  }
  const rows = tp.map((t, k) => {
    const p = predicted[k]! > 0 ? t / predicted[k]! : 0;
    const r = support[k]! > 0 ? t / support[k]! : 0;
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return [p, r, f1, support[k]!];
  });
  const macro = [0, 1, 2].map((j) => rows.reduce((s, row) => s + row[j]!, 0) / K);
  const weighted = [0, 1, 2].map((j) => rows.reduce((s, row) => s + row[j]! * row[3]!, 0) / n);
  return [...rows, [...macro, n], [...weighted, n], [correct / n]];
}
