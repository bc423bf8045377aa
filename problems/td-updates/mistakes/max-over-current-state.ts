// expect: wrong_answer
// mistake: takes the maximum over the current state's row, reading the bound variable of max_a Q(s', a) as the action being updated
// caught-by: random qlearning 1
export function tdUpdates(kind: 'td0' | 'sarsa' | 'qlearning', table: number[][], transitions: number[][], alpha: number, gamma: number): number[][] {
  if (!['td0', 'sarsa', 'qlearning'].includes(kind)) throw new Error('unknown kind');
  const S = table.length;
  const A = S > 0 ? table[0]!.length : 0;
  if (S === 0 || A === 0 || table.some((r) => r.length !== A)) throw new Error('bad table');
  if (!(alpha > 0 && alpha <= 1) || !(gamma >= 0 && gamma <= 1)) throw new Error('bad alpha or gamma');
  const ok = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  const Q = table.map((r) => [...r]);
  for (const tr of transitions) {
    if (tr.length !== 6) throw new Error('bad transition');
    const [s, a, r, next, nextA, done] = tr as [number, number, number, number, number, number];
    if (!ok(s, S) || !ok(next, S) || !Number.isFinite(r) || (done !== 0 && done !== 1)) throw new Error('bad transition');
    if (kind !== 'td0' && (!ok(a, A) || !ok(nextA, A))) throw new Error('bad action');
    const col = kind === 'td0' ? 0 : a;
    let future = 0;
    if (!done) future = kind === 'td0' ? Q[next]![0]! : kind === 'sarsa' ? Q[next]![nextA]! : Math.max(...Q[s]!);
    const target = r + gamma * future;
    Q[s]![col] += alpha * (target - Q[s]![col]!);
  }
  return Q;
}
