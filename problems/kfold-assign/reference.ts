// Reference: plain TypeScript (integer bookkeeping).

export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2) throw new Error('k must be an integer ≥ 2');
  if (k > n) throw new Error('k cannot exceed the number of samples');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('labels must be finite numbers');
  const fold = new Array<number>(n);
  if (!stratified) {
    const base = Math.floor(n / k), extra = n % k;
    let i = 0;
    for (let f = 0; f < k; f++) {
      const size = base + (f < extra ? 1 : 0);
      for (let j = 0; j < size; j++) fold[i++] = f;
    }
    return fold;
  }
  const next = new Map<number, number>(); // per class: the fold its next sample goes to
  for (let i = 0; i < n; i++) {
    const f = next.get(y[i]!) ?? 0;
    fold[i] = f;
    next.set(y[i]!, (f + 1) % k);
  }
  return fold;
}
