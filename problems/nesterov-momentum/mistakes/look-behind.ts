// expect: wrong_answer
// mistake: evaluates the gradient at w - beta*v, the look-behind point, copying a sign slip in a common formula sheet
// caught-by: random 1
export function nesterov(A: number[][], b: number[], w0: number[], lr: number, beta: number, steps: number): number[][] {
  const d = w0.length;
  if (d === 0 || b.length !== d || A.length !== d || A.some((r) => r.length !== d)) throw new Error('bad dimensions');
  if (!(lr > 0)) throw new Error('lr must be positive');
  if (!(beta >= 0 && beta < 1)) throw new Error('beta must be in [0, 1)');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  const grad = (x: number[]) => A.map((row, i) => row.reduce((s, a, j) => s + a * x[j]!, 0) - b[i]!);
  let w = w0.slice();
  let v = new Array<number>(d).fill(0);
  const iterates: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = grad(w.map((wi, i) => wi - beta * v[i]!));
    v = v.map((vi, i) => beta * vi - lr * g[i]!);
    w = w.map((wi, i) => wi + v[i]!);
    iterates.push(w);
  }
  return iterates;
}
