// expect: wrong_answer
// mistake: validates dModel but not maxLen, so a fractional length silently rounds the number of rows up
// caught-by: fractional length throws
export function positionalEncoding(maxLen: number, dModel: number): number[][] {
  if (!(Number.isInteger(dModel) && dModel >= 0)) throw new Error('bad sizes');
  const half = Math.ceil(dModel / 2);
  const divTerm = Array.from({ length: half }, (_, i) => Math.exp(2 * i * (-Math.log(10000) / dModel)));
  const pe: number[][] = [];
  for (let p = 0; p < maxLen; p++) {
    const row: number[] = [];
    for (let i = 0; i < half; i++) {
      row.push(Math.sin(p * divTerm[i]!));
      if (2 * i + 1 < dModel) row.push(Math.cos(p * divTerm[i]!));
    }
    pe.push(row);
  }
  return pe;
}
