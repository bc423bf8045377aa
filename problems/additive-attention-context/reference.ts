import { softmaxRow } from '../../grader/reference-kit/float64.ts';

/** Plain float64 additive (Bahdanau) attention of one decoder state over the encoder outputs. */
export function additiveAttention(
  s: number[],
  H: number[][],
  Ws: number[][],
  Wh: number[][],
  b: number[],
  v: number[],
): { scores: number[]; weights: number[]; context: number[] } {
  const A = v.length;
  if (A === 0) throw new Error('v must be non-empty');
  if (H.length === 0) throw new Error('there must be at least one encoder output');
  const dh = H[0]!.length;
  if (H.some((h) => h.length !== dh)) throw new Error('encoder outputs must have equal length');
  if (Ws.length !== A || Ws.some((r) => r.length !== s.length)) throw new Error(`Ws must be ${A}×${s.length}`);
  if (Wh.length !== A || Wh.some((r) => r.length !== dh)) throw new Error(`Wh must be ${A}×${dh}`);
  if (b.length !== A) throw new Error(`b must have length ${A}`);
  const query = Ws.map((row, a) => row.reduce((acc, w, k) => acc + w * s[k]!, b[a]!));
  const scores = H.map((h) => Wh.reduce((acc, row, a) => acc + v[a]! * Math.tanh(query[a]! + row.reduce((t, w, k) => t + w * h[k]!, 0)), 0));
  const weights = softmaxRow(scores);
  const context = new Array<number>(dh).fill(0);
  H.forEach((h, j) => h.forEach((x, k) => { context[k] = context[k]! + weights[j]! * x; }));
  return { scores, weights, context };
}
