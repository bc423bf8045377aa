// expect: wrong_answer
// mistake: puts all sines first and all cosines after ([sin…, cos…]) instead of interleaving them
// caught-by: single position
export function positionalEncoding(maxLen: number, dModel: number): number[][] {
  if (!(Number.isInteger(maxLen) && Number.isInteger(dModel) && maxLen >= 0 && dModel >= 0)) throw new Error('bad sizes');
  const half = Math.ceil(dModel / 2);
  return Array.from({ length: maxLen }, (_, p) => {
    const s: number[] = [], c: number[] = [];
    for (let i = 0; i < half; i++) {
      const w = Math.pow(10000, (-2 * i) / dModel);
      s.push(Math.sin(p * w));
      if (2 * i + 1 < dModel) c.push(Math.cos(p * w));
    }
    return s.concat(c);
  });
}
