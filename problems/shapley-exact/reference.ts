// Reference: plain float64 TypeScript, O(n·2ⁿ) over the coalition table.
export function shapleyValues(n: number, v: number[]): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error('n must be an integer from 1 to 20');
  const size = 2 ** n;
  if (v.length !== size) throw new Error(`v must have 2^n = ${size} entries`);
  if (v.some((x) => !Number.isFinite(x))) throw new Error('coalition values must be finite');
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
  // weight of a coalition of size s that excludes the player: s!(n−s−1)!/n!
  const weight = Array.from({ length: n }, (_, s) => (factorial[s]! * factorial[n - s - 1]!) / factorial[n]!);
  const popcount = (mask: number) => {
    let c = 0;
    for (let m = mask; m; m &= m - 1) c++;
    return c;
  };
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < size; mask++) {
    const s = popcount(mask);
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      phi[i] = phi[i]! + weight[s]! * (v[mask | bit]! - v[mask]!);
    }
  }
  return phi;
}
