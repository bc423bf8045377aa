// Reference: plain float64 TypeScript (argmax decisions).

interface Trace {
  ucbActions: number[];
  ucbTotal: number;
  egActions: number[];
  egTotal: number;
  /** for test generation: the smallest gap between the best and a different-valued runner-up at any greedy decision */
  gap: number;
}

/** Index of the largest value, lowest index on ties; also reports the gap to the best different value. */
function argmaxWithGap(values: number[]): { best: number; gap: number } {
  let best = 0;
  for (let a = 1; a < values.length; a++) if (values[a]! > values[best]!) best = a;
  let gap = Number.POSITIVE_INFINITY;
  for (const v of values) if (v !== values[best]) gap = Math.min(gap, values[best]! - v);
  return { best, gap };
}

export function banditTrace(rewards: number[][], c: number, eps: number, uniforms: number[][]): Trace {
  const T = rewards.length;
  const K = T > 0 ? rewards[0]!.length : 0;
  if (T > 0 && K === 0) throw new Error('every round needs at least one arm');
  if (rewards.some((row) => row.length !== K || row.some((r) => !Number.isFinite(r)))) throw new Error('rewards must be a T×K table of finite numbers');
  if (uniforms.length !== T || uniforms.some((u) => u.length !== 2 || u.some((v) => !(v >= 0 && v < 1)))) throw new Error('uniforms must be T pairs of numbers in [0, 1)');
  if (!(c >= 0) || !Number.isFinite(c)) throw new Error('c must be a finite number >= 0');
  if (!(eps >= 0 && eps <= 1)) throw new Error('eps must lie in [0, 1]');
  let gap = Number.POSITIVE_INFINITY;
  const run = (choose: (t: number, Q: number[], N: number[]) => number) => {
    const Q = new Array<number>(K).fill(0);
    const N = new Array<number>(K).fill(0);
    const actions: number[] = [];
    let total = 0;
    for (let t = 0; t < T; t++) {
      const a = choose(t, Q, N);
      const r = rewards[t]![a]!;
      N[a] = N[a]! + 1;
      Q[a] = Q[a]! + (r - Q[a]!) / N[a]!;
      actions.push(a);
      total += r;
    }
    return { actions, total };
  };
  const ucb = run((t, Q, N) => {
    if (t < K) return t;
    const round = t + 1;
    const { best, gap: g } = argmaxWithGap(Q.map((q, a) => q + c * Math.sqrt(Math.log(round) / N[a]!)));
    gap = Math.min(gap, g);
    return best;
  });
  const eg = run((t, Q) => {
    const [u1, u2] = uniforms[t] as [number, number];
    if (u1 < eps) return Math.floor(u2 * K);
    const { best, gap: g } = argmaxWithGap(Q);
    gap = Math.min(gap, g);
    return best;
  });
  return { ucbActions: ucb.actions, ucbTotal: ucb.total, egActions: eg.actions, egTotal: eg.total, gap };
}

export function banditSimulate(rewards: number[][], c: number, eps: number, uniforms: number[][]): { ucbActions: number[]; ucbTotal: number; egActions: number[]; egTotal: number } {
  const { ucbActions, ucbTotal, egActions, egTotal } = banditTrace(rewards, c, eps, uniforms);
  return { ucbActions, ucbTotal, egActions, egTotal };
}
