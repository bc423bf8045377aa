// expect: wrong_answer
// mistake: divides by ‖w‖ unguarded and returns NaN or a finite placeholder for w = 0 instead of Infinity
// caught-by: w = 0 gives an infinite margin width
export function svmPrimalStats(
  X: number[][], y: number[], w: number[], b: number, C: number, tol: number,
): { margins: number[]; slacks: number[]; marginWidth: number; objective: number; supportVectors: number[] } {
  if (y.length !== X.length) throw new Error('length mismatch');
  for (const v of y) if (v !== 1 && v !== -1) throw new Error('labels must be ±1');
  for (const x of X) { if (x.length !== w.length) throw new Error('width mismatch'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of [...w, b]) if (!Number.isFinite(v)) throw new Error('non-finite');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('bad C');
  if (!(tol >= 0) || !Number.isFinite(tol)) throw new Error('bad tol');
  const margins: number[] = [], slacks: number[] = [], supportVectors: number[] = [];
  let hinge = 0;
  X.forEach((x, i) => {
    let f = b;
    for (let j = 0; j < w.length; j++) f += w[j]! * x[j]!;
    const m = y[i]! * f; // functional margin
    margins.push(m);
    const xi = Math.max(0, 1 - m);
    slacks.push(xi);
    hinge += xi;
    if (m <= 1 + tol) supportVectors.push(i); // on or inside the margin, or misclassified
  });
  let w2 = 0;
  for (const v of w) w2 += v * v;
  return { margins, slacks, marginWidth: w2 === 0 ? 0 : 2 / Math.sqrt(w2), objective: 0.5 * w2 + C * hinge, supportVectors };
}
