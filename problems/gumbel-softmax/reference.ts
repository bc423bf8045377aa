import { softmaxRow } from '../../grader/reference-kit/float64.ts';

/** Plain float64 Gumbel-softmax sample from supplied uniforms, with the hard one-hot argmax. */
export function gumbelSoftmax(logits: number[][], u: number[][], tau: number): { soft: number[][]; hard: number[][] } {
  if (!(tau > 0) || !Number.isFinite(tau)) throw new Error('tau must be a finite number > 0');
  if (u.length !== logits.length) throw new Error('u must have one row per row of logits');
  const soft: number[][] = [];
  const hard: number[][] = [];
  logits.forEach((row, i) => {
    const ur = u[i]!;
    if (row.length === 0 || ur.length !== row.length) throw new Error(`row ${i}: logits and u must have the same, positive length`);
    if (ur.some((v) => !(v >= 0 && v <= 1))) throw new Error('uniforms must lie in [0, 1]');
    if (row.some((v) => Number.isNaN(v) || v === Number.POSITIVE_INFINITY)) throw new Error('logits must not be NaN or +Infinity');
    if (row.every((v) => v === Number.NEGATIVE_INFINITY)) throw new Error(`row ${i}: every logit is -Infinity`);
    const perturbed = row.map((l, j) => {
      const uc = Math.min(Math.max(ur[j]!, 1e-10), 1 - 1e-10);
      return l - Math.log(-Math.log(uc));
    });
    soft.push(softmaxRow(perturbed.map((v) => v / tau)));
    let best = 0;
    for (let j = 1; j < perturbed.length; j++) if (perturbed[j]! > perturbed[best]!) best = j;
    hard.push(row.map((_, j) => (j === best ? 1 : 0)));
  });
  return { soft, hard };
}
