// expect: wrong_answer
// mistake: uses the column index j in the exponent (10000^(j/d)) for every column, so sin and cos pairs get different frequencies
// caught-by: model width two
export function positionalEncoding(maxLen: number, dModel: number): number[][] {
  if (!(Number.isInteger(maxLen) && Number.isInteger(dModel) && maxLen >= 0 && dModel >= 0)) throw new Error('bad sizes');
  return Array.from({ length: maxLen }, (_, p) =>
    Array.from({ length: dModel }, (_, j) => {
      const a = p / Math.pow(10000, (2 * j) / dModel);
      return j % 2 === 0 ? Math.sin(a) : Math.cos(a);
    }),
  );
}
