import { softmaxRow } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 attention pooling: scores e_t = w·h_t + b, a softmax over time (only the first
 * lengths[b] steps of each sequence), context = Σ_t α_t h_t.
 */
export function attentionPooling(
  H: number[][][],
  w: number[],
  b: number,
  lengths: number[] | null,
): { context: number[][]; weights: number[][] } {
  const B = H.length;
  if (B === 0) throw new Error('the batch must not be empty');
  const T = H[0]!.length;
  const d = w.length;
  if (T === 0 || d === 0) throw new Error('sequences and hidden vectors must be non-empty');
  if (H.some((seq) => seq.length !== T || seq.some((h) => h.length !== d))) throw new Error(`H must be ${B}×${T}×${d}`);
  if (lengths !== null) {
    if (lengths.length !== B) throw new Error('lengths must have one entry per sequence');
    if (lengths.some((L) => !Number.isInteger(L) || L < 1 || L > T)) throw new Error(`every length must be an integer in [1, ${T}]`);
  }
  const context: number[][] = [];
  const weights: number[][] = [];
  H.forEach((seq, i) => {
    const L = lengths === null ? T : lengths[i]!;
    const scores = seq.map((h, t) => (t < L ? h.reduce((s, x, k) => s + x * w[k]!, b) : Number.NEGATIVE_INFINITY));
    const a = softmaxRow(scores);
    const c = new Array<number>(d).fill(0);
    seq.forEach((h, t) => h.forEach((x, k) => { c[k] = c[k]! + a[t]! * x; }));
    context.push(c);
    weights.push(a);
  });
  return { context, weights };
}
