// expect: wrong_answer
// mistake: propagates the distribution as P·v (column convention) instead of vᵀP, so it follows the transposed chain
// caught-by: weather chain
export function markovStationary(P: number[][], init: number[], steps: number): { stationary: number[]; nStep: number[] } {
  const k = P.length;
  if (k === 0) throw new Error('empty chain');
  for (const row of P) {
    if (row.length !== k || row.some((v) => !Number.isFinite(v) || v < 0)) throw new Error('bad transition matrix');
    if (Math.abs(row.reduce((s, v) => s + v, 0) - 1) > 1e-9) throw new Error('rows must sum to 1');
  }
  if (init.length !== k || init.some((v) => !Number.isFinite(v) || v < 0) || Math.abs(init.reduce((s, v) => s + v, 0) - 1) > 1e-9) throw new Error('bad initial distribution');
  if (!Number.isInteger(steps) || steps < 0) throw new Error('bad step count');
  // Gaussian elimination on (Pᵀ − I)π = 0 with the first equation replaced by Σπ = 1
  const M = Array.from({ length: k }, (_, i) => {
    const row = Array.from({ length: k }, (_, j) => (i === 0 ? 1 : P[j]![i]! - (i === j ? 1 : 0)));
    row.push(i === 0 ? 1 : 0);
    return row;
  });
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) < 1e-12) throw new Error('reducible chain: no unique stationary distribution');
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let j = c; j <= k; j++) M[r]![j]! -= f * M[c]![j]!;
    }
  }
  const stationary = M.map((row, i) => row[k]! / row[i]!);
  let v = init.slice();
  for (let s = 0; s < steps; s++) v = v.map((_, j) => v.reduce((acc, vi, i) => acc + vi * P[j]![i]!, 0));
  return { stationary, nStep: v };
}
