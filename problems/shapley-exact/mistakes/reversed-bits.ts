// expect: wrong_answer
// mistake: reads bit n-1-i as player i, reversing the bitmask order
// caught-by: random 2
export function shapleyValues(n: number, v: number[]): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error('n must be an integer in [1, 20]');
  const total = 1 << n;
  if (v.length !== total || !v.every(Number.isFinite)) throw new Error('v must hold 2^n finite values');
  // w[s] = s! (n - s - 1)! / n!, built by ratios to stay accurate
  const w = new Array<number>(n).fill(0);
  w[0] = 1 / n;
  for (let s = 1; s < n; s++) w[s] = (w[s - 1]! * s) / (n - s);
  const bits = new Array<number>(total).fill(0);
  for (let m = 1; m < total; m++) bits[m] = bits[m >> 1]! + (m & 1);
  const phi = new Array<number>(n).fill(0);
  for (let m = 0; m < total; m++) {
    for (let i = 0; i < n; i++) {
      if ((m >> (n - 1 - i)) & 1) continue;
      phi[i] += w[bits[m]!]! * (v[m | (1 << (n - 1 - i))]! - v[m]!);
    }
  }
  return phi;
}
