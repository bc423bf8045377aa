export function pruneAndRewind(trained: number[], init: number[], p: number): { mask: number[]; pruned: number[]; rewound: number[] } {
  // TODO: mask out the ⌊p·n⌋ smallest |w|, apply the mask to the trained and to the initial weights
  return { mask: trained.map(() => 1), pruned: trained.slice(), rewound: init.slice() };
}
