export function abAssign(userIds: number[], trafficSplit: number): { bucket: number[]; group: number[] } {
  // TODO: FNV-1a (32-bit) of String(id), bucket = hash mod 100, control (0) when bucket/100 < trafficSplit
  throw new Error('Not implemented');
}
