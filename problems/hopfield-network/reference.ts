/** Plain float64 Hopfield network: Hebbian weights (÷N, zero diagonal), asynchronous sign updates, energy per sweep. */
export function hopfield(patterns: number[][], probe: number[], order: number[], sweeps: number): { weights: number[][]; state: number[]; energies: number[] } {
  const N = probe.length;
  if (N === 0) throw new Error('the probe must have at least one neuron');
  if (patterns.length === 0 || patterns.some((p) => p.length !== N)) throw new Error(`patterns must be non-empty rows of ${N} states`);
  if ([...patterns.flat(), ...probe].some((s) => s !== 1 && s !== -1)) throw new Error('states must be +1 or −1');
  if (order.length !== N || new Set(order).size !== N || order.some((i) => !Number.isInteger(i) || i < 0 || i >= N)) throw new Error(`order must be a permutation of 0..${N - 1}`);
  if (!Number.isInteger(sweeps) || sweeps < 0) throw new Error('sweeps must be a non-negative integer');

  const weights = Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => (i === j ? 0 : patterns.reduce((s, p) => s + p[i]! * p[j]!, 0) / N)));
  const state = [...probe];
  const energy = () => -0.5 * state.reduce((s, si, i) => s + si * weights[i]!.reduce((t, w, j) => t + w * state[j]!, 0), 0);
  const energies: number[] = [];
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (const i of order) {
      const field = weights[i]!.reduce((t, w, j) => t + w * state[j]!, 0);
      if (field > 0) state[i] = 1;
      else if (field < 0) state[i] = -1; // a zero field keeps the current state
    }
    energies.push(energy());
  }
  return { weights, state, energies };
}
