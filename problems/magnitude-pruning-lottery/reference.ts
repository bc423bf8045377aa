/**
 * Plain TS global magnitude pruning: remove the ⌊p·n + 1e-9⌋ weights of smallest |w| (equal magnitudes:
 * the lower index is pruned first), then rewind the survivors to their initial values.
 */
export function pruneAndRewind(trained: number[], init: number[], p: number): { mask: number[]; pruned: number[]; rewound: number[] } {
  const n = trained.length;
  if (init.length !== n) throw new Error('trained and init must have equal length');
  if (!(p >= 0 && p <= 1)) throw new Error('p must lie in [0, 1]');
  if ([...trained, ...init].some((v) => !Number.isFinite(v))) throw new Error('weights must be finite');
  const count = Math.floor(p * n + 1e-9);
  const order = trained.map((w, i) => [Math.abs(w), i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const mask = new Array<number>(n).fill(1);
  for (let r = 0; r < count; r++) mask[order[r]![1]] = 0;
  return {
    mask,
    pruned: trained.map((w, i) => (mask[i] === 1 ? w : 0)),
    rewound: init.map((w, i) => (mask[i] === 1 ? w : 0)),
  };
}
