export function fairnessMetrics(yTrue: number[], yPred: number[], group: number[]): { groups: number[]; approvalRate: number[]; tpr: number[]; fpr: number[]; count: number[]; disparateImpact: number } {
  // TODO: per group (sorted ids): approval rate, TPR, FPR and count; then min / max approval rate
  return { groups: [], approvalRate: [], tpr: [], fpr: [], count: [], disparateImpact: 1 };
}
