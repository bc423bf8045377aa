// expect: wrong_answer
// mistake: reports the prediction at the average background row as the base value instead of the average prediction
// caught-by: random 3
export function exactShapley(
  x: number[], background: number[][], childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[],
): [number[], number] {
  const M = x.length, N = childrenLeft.length;
  if (M === 0 || M > 12 || background.length === 0 || background.some((r) => r.length !== M)) throw new Error('shape');
  if (N === 0 || [childrenRight, feature, threshold, value].some((a) => a.length !== N)) throw new Error('tree arrays');
  // every node reachable once from the root, children inside the array, split features inside x
  const visited = new Set([0]);
  const stack = [0];
  while (stack.length) {
    const t = stack.pop()!;
    if (childrenLeft[t] === -1 && childrenRight[t] === -1) continue;
    if (!(feature[t] >= 0 && feature[t] < M && Number.isInteger(feature[t]))) throw new Error('bad split feature');
    for (const c of [childrenLeft[t], childrenRight[t]]) {
      if (!(Number.isInteger(c) && c > 0 && c < N) || visited.has(c)) throw new Error('bad child');
      visited.add(c);
      stack.push(c);
    }
  }

  const f = (z: number[]) => {
    let t = 0;
    while (childrenLeft[t] !== -1) t = z[feature[t]] <= threshold[t] ? childrenLeft[t] : childrenRight[t];
    return value[t];
  };
  // v(S): features in S come from x, the others from each background row (interventional)
  const v: number[] = [];
  for (let mask = 0; mask < 1 << M; mask++) {
    let s = 0;
    for (const row of background) s += f(row.map((bk, k) => (mask & (1 << k) ? x[k] : bk)));
    v.push(s / background.length);
  }
  const fact = [1];
  for (let k = 1; k <= M; k++) fact.push(fact[k - 1] * k);
  const phi = new Array(M).fill(0);
  for (let j = 0; j < M; j++)
    for (let mask = 0; mask < 1 << M; mask++) {
      if (mask & (1 << j)) continue;
      let size = 0;
      for (let k = 0; k < M; k++) if (mask & (1 << k)) size++;
      phi[j] += ((fact[size] * fact[M - size - 1]) / fact[M]) * (v[mask | (1 << j)] - v[mask]);
    }
  return [phi, f(x.map((_, k) => background.reduce((s, row) => s + row[k], 0) / background.length))];
}
