// Reference: plain float64, distances from coordinate differences; singleton and 0/0 cases give 0 as in sklearn.
type Result = { mean: number; samples: number[] };

export function silhouette(X: number[][], labels: number[]): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('rows of X must have the same length >= 1');
  if (labels.length !== n) throw new Error('one label per row');
  if (labels.some((l) => !Number.isInteger(l))) throw new Error('labels must be integers');
  const ids = [...new Set(labels)];
  if (ids.length < 2 || ids.length > n - 1) throw new Error('the number of clusters must be between 2 and n - 1');
  const dist = (a: number[], b: number[]): number => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0));
  const size = new Map<number, number>();
  for (const l of labels) size.set(l, (size.get(l) ?? 0) + 1);
  const samples = X.map((x, i) => {
    const own = labels[i]!;
    if (size.get(own) === 1) return 0;
    const sum = new Map<number, number>();
    X.forEach((z, j) => { if (j !== i) sum.set(labels[j]!, (sum.get(labels[j]!) ?? 0) + dist(x, z)); });
    const a = (sum.get(own) ?? 0) / (size.get(own)! - 1);
    let b = Infinity;
    for (const c of ids) if (c !== own) b = Math.min(b, sum.get(c)! / size.get(c)!);
    const m = Math.max(a, b);
    return m === 0 ? 0 : (b - a) / m;
  });
  return { mean: samples.reduce((s, v) => s + v, 0) / n, samples };
}
