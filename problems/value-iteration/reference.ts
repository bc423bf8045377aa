// Reference: plain float64 TypeScript (long loops and an argmax; float32 would flip near-ties).
import { validateMdp } from '../../grader/reference-kit/mdp.ts';

function qValues(P: number[][][], R: number[][], gamma: number, V: number[], s: number): number[] {
  return R[s]!.map((r, a) => r + gamma * P[s]![a]!.reduce((t, p, s2) => t + p * V[s2]!, 0));
}

/** The answer plus, for test generation, how close the run came to a tie or to the stopping threshold. */
export function valueIterationTrace(P: number[][][], R: number[][], gamma: number, tol: number): { V: number[]; policy: number[]; iterations: number; qGap: number; stopMargin: number } {
  const { S } = validateMdp(P, R);
  if (!(gamma >= 0 && gamma < 1)) throw new Error('gamma must lie in [0, 1)');
  if (!(tol > 0) || !Number.isFinite(tol)) throw new Error('tol must be a positive finite number');
  let V = new Array<number>(S).fill(0);
  let iterations = 0;
  let stopMargin = Number.POSITIVE_INFINITY;
  for (;;) {
    const next = Array.from({ length: S }, (_, s) => Math.max(...qValues(P, R, gamma, V, s)));
    iterations += 1;
    const delta = Math.max(...next.map((v, s) => Math.abs(v - V[s]!)));
    stopMargin = Math.min(stopMargin, Math.abs(delta - tol) / tol);
    V = next;
    if (delta < tol) break;
  }
  let qGap = Number.POSITIVE_INFINITY;
  const policy = Array.from({ length: S }, (_, s) => {
    const q = qValues(P, R, gamma, V, s);
    let best = 0;
    for (let a = 1; a < q.length; a++) if (q[a]! > q[best]!) best = a;
    for (let a = 0; a < q.length; a++) if (a !== best && q[a] !== q[best]) qGap = Math.min(qGap, q[best]! - q[a]!);
    return best;
  });
  return { V, policy, iterations, qGap, stopMargin };
}

export function valueIteration(P: number[][][], R: number[][], gamma: number, tol: number): { V: number[]; policy: number[]; iterations: number } {
  const { V, policy, iterations } = valueIterationTrace(P, R, gamma, tol);
  return { V, policy, iterations };
}
