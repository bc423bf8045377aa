// expect: time_limit_exceeded
// mistake: averages marginal contributions over all n! join orders, far too slow for 12 or more players
// caught-by: large: 16 players
export function shapleyValues(n: number, v: number[]): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error('n must be an integer in [1, 20]');
  if (v.length !== 1 << n || !v.every(Number.isFinite)) throw new Error('v must hold 2^n finite values');
  const phi = new Array<number>(n).fill(0);
  let orders = 0;
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const walk = () => {
    if (order.length === n) {
      orders++;
      let mask = 0;
      for (const p of order) {
        phi[p] += v[mask | (1 << p)]! - v[mask]!;
        mask |= 1 << p;
      }
      return;
    }
    for (let p = 0; p < n; p++) {
      if (used[p]) continue;
      used[p] = true;
      order.push(p);
      walk();
      order.pop();
      used[p] = false;
    }
  };
  walk();
  return phi.map((x) => x / orders);
}
