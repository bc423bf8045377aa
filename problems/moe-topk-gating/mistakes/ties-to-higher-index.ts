// expect: wrong_answer
// mistake: breaks ties between equal gate logits toward the higher expert index
// caught-by: tied gate logits go to the lower expert
export function moeGate(gateLogits: number[][], expertOut: number[][][], k: number): { combined: number[][]; load: number[]; auxLoss: number } {
  const T = gateLogits.length;
  if (T === 0) throw new Error('no tokens');
  const E = gateLogits[0].length;
  if (E === 0 || gateLogits.some((r) => r.length !== E)) throw new Error('ragged gate logits');
  if (!Number.isInteger(k) || k < 1 || k > E) throw new Error('k out of range');
  const D = expertOut[0]?.[0]?.length ?? 0;
  if (expertOut.length !== E || D === 0 || expertOut.some((e) => e.length !== T || e.some((o) => o.length !== D))) throw new Error('expertOut shape');

  const load = new Array(E).fill(0);
  const meanProb = new Array(E).fill(0);
  const combined: number[][] = [];
  for (let t = 0; t < T; t++) {
    const z = gateLogits[t];
    const m = Math.max(...z);
    const ex = z.map((v) => Math.exp(v - m));
    const sum = ex.reduce((a, b) => a + b, 0);
    const p = ex.map((v) => v / sum);
    for (let e = 0; e < E; e++) meanProb[e] += p[e] / T;
    // stable sort: larger logit first, equal logits keep the lower expert first
    const order = z.map((_, e) => e).sort((a, b) => z[b] - z[a] || b - a).slice(0, k);
    load[order[0]] += 1;
    const keptMass = order.reduce((s, e) => s + p[e], 0);
    const y = new Array(D).fill(0);
    for (const e of order) for (let c = 0; c < D; c++) y[c] += (p[e] / keptMass) * expertOut[e][t][c];
    combined.push(y);
  }
  let aux = 0;
  for (let e = 0; e < E; e++) aux += (load[e] / T) * meanProb[e];
  return { combined, load, auxLoss: E * aux };
}
