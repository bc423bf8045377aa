/**
 * Plain float64: MoCo's momentum update of the key encoder, the InfoNCE loss of L2-normalized queries
 * against their positive key (logit 0) and the queued negatives, and the FIFO queue update.
 */
import { logSumExp } from '../../grader/reference-kit/gaussian-mixture.ts';

function normalize(v: number[], what: string): number[] {
  const n = Math.hypot(...v);
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`${what} must be a non-zero finite vector`);
  return v.map((x) => x / n);
}

export function mocoStep(
  thetaK: number[], thetaQ: number[], m: number, q: number[][], kPos: number[][], queue: number[][], tau: number,
): { thetaKNew: number[]; loss: number; queueNew: number[][] } {
  if (thetaK.length !== thetaQ.length || ![...thetaK, ...thetaQ].every(Number.isFinite)) throw new Error('thetaK and thetaQ must be finite vectors of one length');
  if (!(m >= 0 && m <= 1)) throw new Error('m must be in [0, 1]');
  if (!(tau > 0) || !Number.isFinite(tau)) throw new Error('tau must be positive');
  const N = q.length;
  const d = q[0]?.length ?? 0;
  if (N === 0 || d === 0) throw new Error('q must be a non-empty N×d matrix');
  if (kPos.length !== N || [...q, ...kPos, ...queue].some((r) => r.length !== d)) throw new Error(`q and kPos must both be ${N}×${d}, queue rows of length ${d}`);
  if (queue.length < N) throw new Error('the queue must hold at least N keys');

  const qs = q.map((r, i) => normalize(r, `q[${i}]`));
  const ks = kPos.map((r, i) => normalize(r, `kPos[${i}]`));
  const negatives = queue.map((r, i) => normalize(r, `queue[${i}]`));
  const dot = (a: number[], b: number[]) => a.reduce((s, x, j) => s + x * b[j]!, 0);
  let loss = 0;
  qs.forEach((qi, i) => {
    const logits = [dot(qi, ks[i]!) / tau, ...negatives.map((k) => dot(qi, k) / tau)];
    loss += (logSumExp(logits) - logits[0]!) / N;
  });
  return {
    thetaKNew: thetaK.map((t, j) => m * t + (1 - m) * thetaQ[j]!),
    loss,
    queueNew: [...negatives.slice(N), ...ks],
  };
}
