// expect: wrong_answer
// mistake: divides min by max approval rate unconditionally, so when nobody is approved the ratio is 0/0 = NaN instead of 0
// caught-by: nobody approved
export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length || n !== group.length) throw new Error('length mismatch');
  if ([...yTrue, ...yPred].some((v) => v !== 0 && v !== 1)) throw new Error('0/1 only');
  const groups = [...new Set(group)].sort((a, b) => a - b);
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
  return { groups, approvalRate, tpr, fpr, count, disparateImpact: Math.min(...approvalRate) / Math.max(...approvalRate) };
}
