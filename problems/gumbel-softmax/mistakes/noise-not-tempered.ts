// expect: wrong_answer
// mistake: divides only the logits by τ and adds the noise afterwards, softmax(log p/τ + g) instead of softmax((log p + g)/τ)
// caught-by: tiny temperature: soft ≈ hard
export function gumbelSoftmax(logits: number[][], u: number[][], tau: number): { soft: number[][]; hard: number[][] } {
  if (!(tau > 0) || tau === Infinity) throw new Error('tau must be > 0');
  if (u.length !== logits.length) throw new Error('shape mismatch');
  const soft: number[][] = [];
  const hard: number[][] = [];
  for (let i = 0; i < logits.length; i++) {
    const row = logits[i], ur = u[i];
    if (row.length === 0 || ur.length !== row.length) throw new Error('shape mismatch');
    // Gumbel noise g = −log(−log u), with u kept away from 0 and 1
    const y = row.map((l, j) => {
      if (!(ur[j] >= 0 && ur[j] <= 1)) throw new Error('u must lie in [0, 1]');
      const uc = Math.min(Math.max(ur[j], 1e-10), 1 - 1e-10);
      return l / tau - Math.log(-Math.log(uc));
    });
    let best = 0;
    for (let j = 1; j < y.length; j++) if (y[j] > y[best]) best = j;
    if (y[best] === -Infinity) throw new Error('every logit is -Infinity');
    const e = y.map((v) => Math.exp(v - y[best]));
    const z = e.reduce((a, b) => a + b, 0);
    soft.push(e.map((v) => v / z));
    hard.push(row.map((_, j) => (j === best ? 1 : 0)));
  }
  return { soft, hard };
}
