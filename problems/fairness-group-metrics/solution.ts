export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  const n = yTrue.length;
  if (n === 0 || n !== yPred.length || n !== group.length) throw new Error('length mismatch');
  const stats = new Map<number, { n: number; deny: number; pos: number; posDeny: number; neg: number; negDeny: number }>();
  for (let i = 0; i < n; i++) {
    const y = yTrue[i]!, p = yPred[i]!, g = group[i]!;
    if ((y !== 0 && y !== 1) || (p !== 0 && p !== 1)) throw new Error('labels and predictions must be 0/1');
    if (!Number.isFinite(g)) throw new Error('bad group id');
    let s = stats.get(g);
    if (!s) { s = { n: 0, deny: 0, pos: 0, posDeny: 0, neg: 0, negDeny: 0 }; stats.set(g, s); }
    s.n++; s.deny += p;
    if (y === 1) { s.pos++; s.posDeny += p; } else { s.neg++; s.negDeny += p; }
  }
  const groups = [...stats.keys()].sort((a, b) => a - b);
  const approvalRate: number[] = [], tpr: number[] = [], fpr: number[] = [], count: number[] = [];
  for (const g of groups) {
    const s = stats.get(g)!;
    approvalRate.push(1 - s.deny / s.n);
    tpr.push(s.pos ? s.posDeny / s.pos : 0);
    fpr.push(s.neg ? s.negDeny / s.neg : 0);
    count.push(s.n);
  }
  let lo = Infinity, hi = -Infinity;
  for (const a of approvalRate) { lo = Math.min(lo, a); hi = Math.max(hi, a); }
  return { groups, approvalRate, tpr, fpr, count, disparateImpact: hi > 0 ? lo / hi : 0 };
}
