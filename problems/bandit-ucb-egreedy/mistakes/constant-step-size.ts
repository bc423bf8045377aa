// expect: wrong_answer
// mistake: updates the estimate with a constant step of 0.1 instead of the running mean
// caught-by: random 2
export function banditSimulate(rewards: number[][], c: number, eps: number, uniforms: number[][]): { ucbActions: number[]; ucbTotal: number; egActions: number[]; egTotal: number } {
  const T = rewards.length;
  const K = T > 0 ? rewards[0]!.length : 0;
  if (T > 0 && K === 0) throw new Error('no arms');
  for (const row of rewards) if (row.length !== K || row.some((r) => !Number.isFinite(r))) throw new Error('bad rewards');
  if (uniforms.length !== T) throw new Error('one uniform pair per round');
  for (const u of uniforms) if (u.length !== 2 || u.some((v) => !(v >= 0 && v < 1))) throw new Error('bad uniforms');
  if (!(c >= 0) || c === Infinity || !(eps >= 0 && eps <= 1)) throw new Error('bad c or eps');

  const argmax = (xs: number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);

  const simulate = (pick: (t: number, mean: number[], count: number[]) => number) => {
    const mean = new Array<number>(K).fill(0);
    const count = new Array<number>(K).fill(0);
    const actions: number[] = [];
    let total = 0;
    for (let t = 0; t < T; t++) {
      const arm = pick(t, mean, count);
      const r = rewards[t]![arm]!;
      count[arm]++;
      mean[arm] += 0.1 * (r - mean[arm]!);
      actions.push(arm);
      total += r;
    }
    return { actions, total };
  };

  const ucb = simulate((t, mean, count) => (t < K ? t : argmax(mean.map((m, a) => m + c * Math.sqrt(Math.log(t + 1) / count[a]!)))));
  const eg = simulate((t, mean) => (uniforms[t]![0]! < eps ? Math.floor(uniforms[t]![1]! * K) : argmax(mean)));
  return { ucbActions: ucb.actions, ucbTotal: ucb.total, egActions: eg.actions, egTotal: eg.total };
}
