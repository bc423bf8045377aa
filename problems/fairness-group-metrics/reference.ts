// Reference: plain float64 TypeScript.

export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n || group.length !== n) throw new Error('yTrue, yPred and group need the same, non-zero length');
  if (yTrue.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (yPred.some((v) => v !== 0 && v !== 1)) throw new Error('predictions must be 0 or 1 (1 = predicted default)');
  if (group.some((g) => !Number.isFinite(g))) throw new Error('group ids must be finite numbers');
  const groups = [...new Set(group)].sort((a, b) => a - b);
  const approvalRate: number[] = [], tpr: number[] = [], fpr: number[] = [], count: number[] = [];
  for (const g of groups) {
    let c = 0, denied = 0, pos = 0, posDenied = 0, neg = 0, negDenied = 0;
    for (let i = 0; i < n; i++) {
      if (group[i] !== g) continue;
      c++;
      denied += yPred[i]!;
      if (yTrue[i] === 1) { pos++; posDenied += yPred[i]!; } else { neg++; negDenied += yPred[i]!; }
    }
    count.push(c);
    approvalRate.push(1 - denied / c);
    tpr.push(pos > 0 ? posDenied / pos : 0);
    fpr.push(neg > 0 ? negDenied / neg : 0);
  }
  const max = Math.max(...approvalRate), min = Math.min(...approvalRate);
  return { groups, approvalRate, tpr, fpr, count, disparateImpact: max > 0 ? min / max : 0 };
}
