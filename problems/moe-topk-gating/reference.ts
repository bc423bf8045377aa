import { softmaxRow } from '../../grader/reference-kit/float64.ts';

/** Indices of the k largest values, largest first; equal values keep the lower index first. */
function topK(values: number[], k: number): number[] {
  return values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k).map(([, i]) => i);
}

/**
 * Plain float64 top-k mixture-of-experts gating: softmax gates, keep the top k per token (ties → lower
 * expert index), renormalize, combine the experts' outputs; top-1 load per expert and the
 * Switch-style auxiliary loss E·Σ f_e·P_e.
 */
export function moeGate(gateLogits: number[][], expertOut: number[][][], k: number): { combined: number[][]; load: number[]; auxLoss: number } {
  const T = gateLogits.length;
  if (T === 0) throw new Error('there must be at least one token');
  const E = gateLogits[0]!.length;
  if (E === 0 || gateLogits.some((r) => r.length !== E)) throw new Error('gate logits must be T×E with E ≥ 1');
  if (gateLogits.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('gate logits must be finite');
  if (!Number.isInteger(k) || k < 1 || k > E) throw new Error(`k must be an integer in [1, ${E}]`);
  if (expertOut.length !== E) throw new Error(`expertOut must hold ${E} experts`);
  const D = expertOut[0]![0]?.length ?? 0;
  if (D === 0 || expertOut.some((e) => e.length !== T || e.some((o) => o.length !== D))) throw new Error(`expertOut must be ${E}×${T}×D with D ≥ 1`);

  const load = new Array<number>(E).fill(0);
  const meanProb = new Array<number>(E).fill(0);
  const combined = gateLogits.map((logits, t) => {
    const g = softmaxRow(logits);
    g.forEach((p, e) => { meanProb[e] = meanProb[e]! + p / T; });
    const kept = topK(logits, k);
    load[kept[0]!] = load[kept[0]!]! + 1;
    const z = kept.reduce((s, e) => s + g[e]!, 0);
    const y = new Array<number>(D).fill(0);
    for (const e of kept) {
      const w = g[e]! / z;
      expertOut[e]![t]!.forEach((v, c) => { y[c] = y[c]! + w * v; });
    }
    return y;
  });
  const auxLoss = E * load.reduce((s, count, e) => s + (count / T) * meanProb[e]!, 0);
  return { combined, load, auxLoss };
}
