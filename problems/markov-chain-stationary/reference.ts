// Reference: plain float64 TypeScript; the stationary distribution by a direct pivoted solve.
import { solve } from '../../grader/reference-kit/linalg.ts';

export function markovStationary(P: number[][], init: number[], steps: number): { stationary: number[]; nStep: number[] } {
  const k = P.length;
  if (k === 0 || P.some((row) => row.length !== k)) throw new Error('P must be a non-empty square matrix');
  for (const row of P) {
    if (row.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error('transition probabilities must be finite and ≥ 0');
    if (Math.abs(row.reduce((a, b) => a + b, 0) - 1) > 1e-9) throw new Error('every row of P must sum to 1');
  }
  if (init.length !== k || init.some((v) => !(v >= 0) || !Number.isFinite(v)) || Math.abs(init.reduce((a, b) => a + b, 0) - 1) > 1e-9) {
    throw new Error('init must be a probability vector over the k states');
  }
  if (!Number.isInteger(steps) || steps < 0) throw new Error('steps must be a non-negative integer');
  // πᵀP = πᵀ  ⇔  (Pᵀ − I)π = 0; replace the last equation by Σπ = 1
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === k - 1 ? 1 : P[j]![i]! - (i === j ? 1 : 0))));
  const b = Array.from({ length: k }, (_, i) => (i === k - 1 ? 1 : 0));
  let stationary: number[];
  try {
    stationary = solve(A, b);
  } catch {
    throw new Error('the stationary distribution is not unique (the chain is reducible)');
  }
  let dist = init.slice();
  for (let t = 0; t < steps; t++) {
    const next = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) {
      const pi = dist[i]!;
      if (pi === 0) continue;
      const row = P[i]!;
      for (let j = 0; j < k; j++) next[j]! += pi * row[j]!;
    }
    dist = next;
  }
  return { stationary, nStep: dist };
}
