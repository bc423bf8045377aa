// expect: wrong_answer
// mistake: averages the predictions of a group's defaulters even when it has none, giving TPR = NaN instead of the stated 0
// caught-by: group without defaulters
export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length || n !== group.length) throw new Error('length mismatch');
  if ([...yTrue, ...yPred].some((v) => v !== 0 && v !== 1)) throw new Error('0/1 only');
  const groups = [...new Set(group)].sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const approvalRate: number[] = [], tpr: number[] = [], fpr: number[] = [], count: number[] = [];
  for (const g of groups) {
    const idx = group.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    approvalRate.push(1 - mean(idx.map((i) => yPred[i]!)));
    tpr.push(mean(idx.filter((i) => yTrue[i] === 1).map((i) => yPred[i]!)));
    fpr.push(mean(idx.filter((i) => yTrue[i] === 0).map((i) => yPred[i]!)));
    count.push(idx.length);
  }
  const hi = Math.max(...approvalRate), lo = Math.min(...approvalRate);
  return { groups, approvalRate, tpr, fpr, count, disparateImpact: hi > 0 ? lo / hi : 0 };
}
