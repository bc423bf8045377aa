// expect: wrong_answer
// mistake: normalizes over columns (axis 0) instead of rows
// caught-by: equal values give a uniform row
export function softmax(z: number[][]): number[][] {
  const n = z.length;
  const k = z[0]!.length;
  const out = z.map((row) => row.slice());
  for (let j = 0; j < k; j++) {
    let max = -Infinity;
    for (let i = 0; i < n; i++) max = Math.max(max, z[i]![j]!);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Math.exp(z[i]![j]! - max);
    for (let i = 0; i < n; i++) out[i]![j] = Math.exp(z[i]![j]! - max) / sum;
  }
  return out;
}
