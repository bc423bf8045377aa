export function linearSvm(
  X: number[][], y: number[], lr: number, lambda: number, nIters: number, Xtest: number[][],
): { w: number[]; b: number; decision: number[]; pred: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of [...X, ...Xtest]) { if (x.length !== d) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== n) throw new Error('label count');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite label');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('bad lambda');
  if (!Number.isInteger(nIters) || nIters < 0) throw new Error('bad nIters');

  const labels = y.map((v) => (v <= 0 ? -1 : 1));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < nIters; it++) {
    for (let i = 0; i < n; i++) {
      const x = X[i]!, yi = labels[i]!;
      let f = -b; // decision convention: w·x − b
      for (let j = 0; j < d; j++) f += w[j]! * x[j]!;
      if (yi * f >= 1) {
        for (let j = 0; j < d; j++) w[j] = w[j]! - lr * (2 * lambda * w[j]!);
      } else {
        for (let j = 0; j < d; j++) w[j] = w[j]! - lr * (2 * lambda * w[j]! - yi * x[j]!);
        b -= lr * yi;
      }
    }
  }
  const decision = Xtest.map((x) => {
    let f = -b;
    for (let j = 0; j < d; j++) f += w[j]! * x[j]!;
    return f;
  });
  const pred = decision.map((f) => (f > 0 ? 1 : f < 0 ? -1 : 0));
  return { w, b, decision, pred };
}
