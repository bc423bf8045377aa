export function treeBp(unary: number[][], edges: number[][], pairwise: number[][][]): number[][] {
  // TODO: two-pass sum-product (leaves → root, root → leaves), normalising every message; beliefs ∝ ψᵢ · Π incoming messages
  return unary.map((u) => u.map(() => 1 / u.length));
}
