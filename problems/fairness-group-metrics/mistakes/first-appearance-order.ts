// expect: wrong_answer
// mistake: reports the groups in order of first appearance (like pandas' unique()) instead of sorted by id
// caught-by: group ids out of order
export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length || n !== group.length) throw new Error('length mismatch');
  if ([...yTrue, ...yPred].some((v) => v !== 0 && v !== 1)) throw new Error('0/1 only');
  const groups = [...new Set(group)];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const approvalRate: number[] = [], tpr: number[] = [], fpr: number[] = [], count: number[] = [];
  for (const g of groups) {
    const idx = group.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    const pos = idx.filter((i) => yTrue[i] === 1), neg = idx.filter((i) => yTrue[i] === 0);
    approvalRate.push(1 - mean(idx.map((i) => yPred[i]!)));
    tpr.push(pos.length ? mean(pos.map((i) => yPred[i]!)) : 0);
    fpr.push(neg.length ? mean(neg.map((i) => yPred[i]!)) : 0);
    count.push(idx.length);
  }
  const hi = Math.max(...approvalRate), lo = Math.min(...approvalRate);
  return { groups, approvalRate, tpr, fpr, count, disparateImpact: hi > 0 ? lo / hi : 0 };
}
