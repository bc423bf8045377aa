export function optimalDiscriminator(pData: number[], pG: number[]): { dStar: number[]; value: number; jsd: number } {
  // TODO: D* = p_data/(p_data + p_g), V(D*, G) and JSD(p_data ‖ p_g)
  return { dStar: pData.map(() => 0.5), value: 0, jsd: 0 };
}
