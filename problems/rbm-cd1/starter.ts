export function rbmCd1(
  v0: number[][], W: number[][], a: number[], b: number[], uH: number[][], uV: number[][], lr: number,
): { W: number[][]; a: number[]; b: number[]; energy: number[]; freeEnergy: number[] } {
  // TODO: p(h|v0) → h0 → p(v|h0) → v1 → p(h|v1), the CD-1 update, and E(v0, h0), F(v0) under the old parameters
  throw new Error('Not implemented');
}
