// expect: wrong_answer
// mistake: Hessian of the summed loss (no 1/m) with the gradient of the mean, so every step is m times too short
// caught-by: random 2
export function logisticNewton(X: number[][], y: number[], theta0: number[], l2: number, iters: number): { grad: number[]; hessian: number[][]; thetas: number[][] } {
  const m = X.length, p = theta0.length;
  if (m === 0 || y.length !== m || X.some((r) => r.length !== p - 1)) throw new Error('shape mismatch');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0/1');
  if (!(l2 >= 0) || l2 === Infinity) throw new Error('bad l2');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('bad iters');

  const derivatives = (theta: number[]) => {
    const g = new Array<number>(p).fill(0);
    const H = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < m; i++) {
      const x = [1, ...X[i]!];
      const z = x.reduce((s, v, j) => s + v * theta[j]!, 0);
      const h = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < p; a++) {
        g[a] += ((h - y[i]!) * x[a]!) / m;
        for (let b = 0; b < p; b++) H[a]![b] += h * (1 - h) * x[a]! * x[b]!;
      }
    }
    for (let a = 1; a < p; a++) {
      g[a] += l2 * theta[a]!;
      H[a]![a] += l2;
    }
    return { g, H };
  };

  // Gaussian elimination with partial pivoting on [H | g]
  const solve = (H: number[][], g: number[]) => {
    const A = H.map((row, i) => [...row, g[i]!]);
    const scale = Math.max(...H.flat().map(Math.abs));
    for (let k = 0; k < p; k++) {
      let piv = k;
      for (let i = k + 1; i < p; i++) if (Math.abs(A[i]![k]!) > Math.abs(A[piv]![k]!)) piv = i;
      [A[k], A[piv]] = [A[piv]!, A[k]!];
      if (Math.abs(A[k]![k]!) <= 1e-12 * scale) throw new Error('singular Hessian');
      for (let i = k + 1; i < p; i++) {
        const f = A[i]![k]! / A[k]![k]!;
        for (let j = k; j <= p; j++) A[i]![j] -= f * A[k]![j]!;
      }
    }
    const x = new Array<number>(p).fill(0);
    for (let i = p - 1; i >= 0; i--) {
      let s = A[i]![p]!;
      for (let j = i + 1; j < p; j++) s -= A[i]![j]! * x[j]!;
      x[i] = s / A[i]![i]!;
    }
    return x;
  };

  const start = derivatives(theta0);
  let theta = theta0.slice();
  const thetas: number[][] = [];
  for (let t = 0; t < iters; t++) {
    const { g, H } = t === 0 ? start : derivatives(theta);
    const delta = solve(H, g);
    theta = theta.map((v, j) => v - delta[j]!);
    thetas.push(theta);
  }
  return { grad: start.g, hessian: start.H, thetas };
}
