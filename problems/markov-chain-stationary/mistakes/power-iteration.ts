// expect: wrong_answer
// mistake: finds the stationary distribution by iterating πP a fixed number of times, which never settles on a periodic chain
// caught-by: periodic chain
export function markovStationary(P: number[][], init: number[], steps: number): { stationary: number[]; nStep: number[] } {
  const k = P.length;
  if (k === 0) throw new Error('empty chain');
  for (const row of P) {
    if (row.length !== k || row.some((v) => !Number.isFinite(v) || v < 0)) throw new Error('bad transition matrix');
    if (Math.abs(row.reduce((s, v) => s + v, 0) - 1) > 1e-9) throw new Error('rows must sum to 1');
  }
  if (init.length !== k || init.some((v) => !Number.isFinite(v) || v < 0) || Math.abs(init.reduce((s, v) => s + v, 0) - 1) > 1e-9) throw new Error('bad initial distribution');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('bad step count');
  let stationary = init.slice();
  for (let it = 0; it < 10000; it++) {
    const next = stationary.map((_, j) => stationary.reduce((acc, vi, i) => acc + vi * P[i]![j]!, 0));
    const change = next.reduce((m, v, j) => Math.max(m, Math.abs(v - stationary[j]!)), 0);
    stationary = next;
    if (change < 1e-13) break;
  }
  let v = init.slice();
  for (let s = 0; s < steps; s++) v = v.map((_, j) => v.reduce((acc, vi, i) => acc + vi * P[i]![j]!, 0));
  return { stationary, nStep: v };
}
