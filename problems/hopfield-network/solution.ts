export function hopfield(patterns: number[][], probe: number[], order: number[], sweeps: number): { weights: number[][]; state: number[]; energies: number[] } {
  const N = probe.length;
  if (N === 0 || patterns.length === 0 || patterns.some((p) => p.length !== N)) throw new Error('shape');
  if ([...patterns.flat(), ...probe].some((s) => s !== 1 && s !== -1)) throw new Error('states must be ±1');
  if (order.length !== N || [...order].sort((a, b) => a - b).some((v, i) => v !== i)) throw new Error('order must be a permutation');
  if (!Number.isInteger(sweeps) || sweeps < 0) throw new Error('sweeps');

  // Hebbian rule: w_ij = (1/N) Σ_p s_i s_j, no self-connections
  const W: number[][] = [];
  for (let i = 0; i < N; i++) {
    W.push([]);
    for (let j = 0; j < N; j++) {
      let s = 0;
      if (i !== j) for (const p of patterns) s += p[i] * p[j];
      W[i].push(s / N);
    }
  }
  const state = probe.slice();
  const field = (i: number) => W[i].reduce((acc, w, j) => acc + w * state[j], 0);
  const energies: number[] = [];
  for (let t = 0; t < sweeps; t++) {
    for (const i of order) {
      const h = field(i); // uses the neurons already updated in this sweep (asynchronous)
      if (h > 0) state[i] = 1;
      else if (h < 0) state[i] = -1;
    }
    let E = 0;
    for (let i = 0; i < N; i++) E -= 0.5 * state[i] * field(i);
    energies.push(E);
  }
  return { weights: W, state, energies };
}
