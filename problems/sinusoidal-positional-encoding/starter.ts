export function positionalEncoding(maxLen: number, dModel: number): number[][] {
  // TODO: interleaved sin/cos with frequencies 10000^(-2i/dModel)
  return [];
}
