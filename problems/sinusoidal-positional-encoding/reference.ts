// Reference: plain float64 TypeScript (float32 sin/cos of arguments ~5000 lose ~4e-4).
export function positionalEncoding(maxLen: number, dModel: number): number[][] {
  if (!Number.isInteger(maxLen) || !Number.isInteger(dModel) || maxLen < 0 || dModel < 0) throw new Error('maxLen and dModel must be non-negative integers');
  const out: number[][] = [];
  for (let pos = 0; pos < maxLen; pos++) {
    const row = new Array<number>(dModel);
    for (let c = 0; c < dModel; c++) {
      const i2 = c - (c % 2); // 2i
      const w = Math.pow(10000, -i2 / dModel);
      row[c] = c % 2 === 0 ? Math.sin(pos * w) : Math.cos(pos * w);
    }
    out.push(row);
  }
  return out;
}
