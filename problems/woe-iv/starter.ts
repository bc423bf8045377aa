export function woeIv(binIds: number[], y: number[], nBins: number): { woe: number[]; iv: number[]; totalIv: number } {
  // TODO: per bin, the shares of all non-events and of all events; WoE = ln((d_ne + 1e-4)/(d_e + 1e-4)); IV
  const zeros = new Array<number>(nBins).fill(0);
  return { woe: zeros, iv: zeros, totalIv: 0 };
}
