export function ista(X: number[][], y: number[], w0: number[], alpha: number, step: number, iters: number): number[][] {
  const n = X.length, p = w0.length;
  if (n === 0 || y.length !== n || X.some((r) => r.length !== p)) throw new Error('shape mismatch');
  if (!(alpha >= 0) || !(step > 0) || !Number.isFinite(alpha) || !Number.isFinite(step)) throw new Error('bad alpha or step');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('bad iters');
  const shrink = (z: number, g: number) => Math.sign(z) * Math.max(Math.abs(z) - g, 0);
  let w = w0.slice();
  const out: number[][] = [];
  for (let t = 0; t < iters; t++) {
    const r = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j]!, 0) - y[i]!);
    const next = new Array<number>(p);
    for (let j = 0; j < p; j++) {
      let g = 0;
      for (let i = 0; i < n; i++) g += X[i]![j]! * r[i]!;
      next[j] = shrink(w[j]! - (step * g) / n, step * alpha) + 0;
    }
    w = next;
    out.push(w);
  }
  return out;
}
