export function fid(featReal: number[][], featGen: number[][]): number {
  // TODO: ‖μr − μg‖² + Tr(Σr + Σg − 2(ΣrΣg)^{1/2}) with sample covariances (divisor n − 1)
  return 0;
}
