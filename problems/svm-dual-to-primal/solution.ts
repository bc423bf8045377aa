export function svmDualToPrimal(
  X: number[][], y: number[], alpha: number[], C: number,
): { w: number[]; b: number; support: number[]; dual: number; primal: number } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== d) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== n || alpha.length !== n) throw new Error('length mismatch');
  for (const v of y) if (v !== 1 && v !== -1) throw new Error('labels must be ±1');
  if (!(C > 0)) throw new Error('bad C');
  let balance = 0, sumAlpha = 0;
  for (let i = 0; i < n; i++) {
    const a = alpha[i]!;
    if (!Number.isFinite(a) || a < 0 || a > C) throw new Error('alpha out of [0, C]');
    balance += a * y[i]!;
    sumAlpha += a;
  }
  if (Math.abs(balance) > 1e-8) throw new Error('sum of alpha_i y_i must be 0');

  const w = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) w[j] = w[j]! + alpha[i]! * y[i]! * X[i]![j]!;
  const dot = (x: number[]) => { let s = 0; for (let j = 0; j < d; j++) s += w[j]! * x[j]!; return s; };
  const support: number[] = [];
  let bSum = 0, free = 0;
  for (let i = 0; i < n; i++) {
    if (alpha[i]! <= 1e-8) continue;
    support.push(i);
    if (alpha[i]! < C - 1e-8) { bSum += y[i]! - dot(X[i]!); free++; } // free SVs lie exactly on the margin
  }
  if (free === 0) throw new Error('no free support vector');
  const b = bSum / free;
  let w2 = 0;
  for (const v of w) w2 += v * v;
  let slack = 0;
  for (let i = 0; i < n; i++) slack += Math.max(0, 1 - y[i]! * (dot(X[i]!) + b));
  const primal = 0.5 * w2 + (C === Infinity ? (slack > 1e-9 ? Infinity : 0) : C * slack);
  return { w, b, support, dual: sumAlpha - 0.5 * w2, primal };
}
