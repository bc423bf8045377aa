export function pruneAndRewind(trained: number[], init: number[], p: number): { mask: number[]; pruned: number[]; rewound: number[] } {
  const n = trained.length;
  if (init.length !== n || !(p >= 0 && p <= 1)) throw new Error('bad input');
  const k = Math.floor(p * n + 1e-9); // guard: 0.29 * 100 = 28.999999999999996
  // stable order by magnitude: equal magnitudes keep the lower index first, so it is pruned first
  const order = trained.map((_, i) => i).sort((a, b) => Math.abs(trained[a]) - Math.abs(trained[b]) || a - b);
  const mask = new Array(n).fill(1);
  for (let r = 0; r < k; r++) mask[order[r]] = 0;
  return {
    mask,
    pruned: trained.map((w, i) => (mask[i] ? w : 0)),
    rewound: init.map((w, i) => (mask[i] ? w : 0)), // lottery ticket: survivors restart from their initial values
  };
}
