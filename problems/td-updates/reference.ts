// Reference: plain float64 TypeScript.
export function tdUpdates(kind: 'td0' | 'sarsa' | 'qlearning', table: number[][], transitions: number[][], alpha: number, gamma: number): number[][] {
  if (kind !== 'td0' && kind !== 'sarsa' && kind !== 'qlearning') throw new Error(`unknown kind "${String(kind)}"`);
  const S = table.length;
  if (S === 0) throw new Error('the table needs at least one state');
  const A = table[0]!.length;
  if (A === 0 || table.some((row) => row.length !== A)) throw new Error('every row of the table must have the same, non-zero length');
  if (!(alpha > 0 && alpha <= 1)) throw new Error('alpha must lie in (0, 1]');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  const Q = table.map((row) => row.slice());
  const isIndex = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  for (const [t, row] of transitions.entries()) {
    if (row.length !== 6) throw new Error(`transition ${t} must be [s, a, r, s', a', done]`);
    const [s, a, r, s2, a2, done] = row as [number, number, number, number, number, number];
    if (!isIndex(s, S) || !isIndex(s2, S)) throw new Error(`transition ${t} has a state out of range`);
    if (kind !== 'td0' && (!isIndex(a, A) || !isIndex(a2, A))) throw new Error(`transition ${t} has an action out of range`);
    if (!Number.isFinite(r)) throw new Error(`transition ${t} has a non-finite reward`);
    if (done !== 0 && done !== 1) throw new Error(`transition ${t}: done must be 0 or 1`);
    const col = kind === 'td0' ? 0 : a;
    let next = 0;
    if (done === 0) {
      if (kind === 'td0') next = Q[s2]![0]!;
      else if (kind === 'sarsa') next = Q[s2]![a2]!;
      else next = Math.max(...Q[s2]!);
    }
    const target = r + gamma * next;
    Q[s]![col] = Q[s]![col]! + alpha * (target - Q[s]![col]!);
  }
  return Q;
}
