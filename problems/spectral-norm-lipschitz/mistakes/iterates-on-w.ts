// expect: wrong_answer
// mistake: runs power iteration on W itself, which estimates the largest |eigenvalue|, not the largest singular value
// caught-by: a shear: eigenvalues 1, norm 1 + √2
export function spectralNorm(W: number[][], u0: number[], iters: number): number {
  const m = W.length, n = u0.length;
  if (m === 0 || n === 0 || W.some((r) => r.length !== n)) throw new Error('shape');
  if (!Number.isInteger(iters) || iters < 0 || ![...W.flat(), ...u0].every(Number.isFinite)) throw new Error('bad input');
  const norm = (x: number[]) => Math.sqrt(x.reduce((s, v) => s + v * v, 0));
  const Wx = (x: number[]) => W.map((row) => row.reduce((s, w, j) => s + w * x[j], 0));
  const WTy = (y: number[]) => u0.map((_, j) => W.reduce((s, row, i) => s + row[j] * y[i], 0));

  let len = norm(u0);
  if (len === 0) throw new Error('u0 is zero');
  let v = u0.map((x) => x / len);
  for (let k = 0; k < iters; k++) {
    const z = m === n ? Wx(v) : WTy(Wx(v));
    len = norm(z);
    if (len === 0) return 0;
    v = z.map((x) => x / len);
  }
  return norm(Wx(v)); // ‖Wv‖ for the unit vector v: the singular value, not its square
}
