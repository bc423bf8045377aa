/** Plain TS reference mirroring sklearn.metrics.precision_recall_fscore_support (zero_division=0). */
export function averagedPRF(
  yTrue: number[],
  yPred: number[],
  average: 'macro' | 'micro' | 'weighted',
): { precision: number; recall: number; f1: number } {
  if (yTrue.length === 0 || yTrue.length !== yPred.length) throw new Error('averagedPRF: need non-empty arrays of equal length');
  const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
  const tp = new Map<number, number>(), fp = new Map<number, number>(), fn = new Map<number, number>();
  for (const k of labels) { tp.set(k, 0); fp.set(k, 0); fn.set(k, 0); }
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!, p = yPred[i]!;
    if (t === p) tp.set(t, tp.get(t)! + 1);
    else { fp.set(p, fp.get(p)! + 1); fn.set(t, fn.get(t)! + 1); }
  }
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);
  const f = (p: number, r: number) => div(2 * p * r, p + r);
  if (average === 'micro') {
    let TP = 0, FP = 0, FN = 0;
    for (const k of labels) { TP += tp.get(k)!; FP += fp.get(k)!; FN += fn.get(k)!; }
    const p = div(TP, TP + FP), r = div(TP, TP + FN);
    return { precision: p, recall: r, f1: f(p, r) };
  }
  if (average !== 'macro' && average !== 'weighted') throw new Error(`unknown average ${String(average)}`);
  let P = 0, R = 0, F = 0, W = 0;
  for (const k of labels) {
    const support = tp.get(k)! + fn.get(k)!;
    const w = average === 'macro' ? 1 : support;
    const p = div(tp.get(k)!, tp.get(k)! + fp.get(k)!);
    const r = div(tp.get(k)!, support);
    P += w * p; R += w * r; F += w * f(p, r); W += w;
  }
  return { precision: P / W, recall: R / W, f1: F / W };
}
