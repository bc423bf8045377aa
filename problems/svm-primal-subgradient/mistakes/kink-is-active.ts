// expect: wrong_answer
// mistake: treats a margin of exactly 1 as active (m <= 1), so points on the margin keep pulling w
// caught-by: a margin of exactly 1 is not active
export function svmSubgradient(X: number[][], y: number[], C: number, lr: number, steps: number): { w: number[]; b: number; objective: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== d) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== n) throw new Error('label count');
  for (const v of y) if (v !== 1 && v !== -1) throw new Error('labels must be ±1');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('bad C');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('bad steps');

  const w = new Array<number>(d).fill(0);
  let b = 0;
  const objective: number[] = [];
  for (let t = 0; t < steps; t++) {
    const gw = w.slice(); // gradient of ½‖w‖²; the bias is not regularised
    let gb = 0, hinge = 0;
    for (let i = 0; i < n; i++) {
      let f = b;
      for (let j = 0; j < d; j++) f += w[j]! * X[i]![j]!;
      const m = y[i]! * f;
      if (m <= 1) {
        hinge += 1 - m;
        for (let j = 0; j < d; j++) gw[j] = gw[j]! - C * y[i]! * X[i]![j]!;
        gb -= C * y[i]!;
      }
    }
    let w2 = 0;
    for (const v of w) w2 += v * v;
    objective.push(0.5 * w2 + C * hinge); // before the step
    for (let j = 0; j < d; j++) w[j] = w[j]! - lr * gw[j]!;
    b -= lr * gb;
  }
  return { w, b, objective };
}
