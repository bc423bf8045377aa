// expect: wrong_answer
// mistake: uses height 1 for the uniform kernel on [−1, 1], which integrates to 2
// caught-by: uniform kernel
export function kde1d(data: number[], query: number[], h: number, kernel: 'gaussian' | 'epanechnikov' | 'uniform'): number[] {
  const n = data.length;
  if (n === 0) throw new Error('no data');
  if (!Number.isFinite(h) || h <= 0) throw new Error('bad bandwidth');
  for (const v of data) if (!Number.isFinite(v)) throw new Error('bad data');
  for (const v of query) if (!Number.isFinite(v)) throw new Error('bad query');
  let K: (u: number) => number;
  if (kernel === 'gaussian') {
    const c = 1 / Math.sqrt(2 * Math.PI);
    K = (u) => c * Math.exp(-(u * u) / 2);
  } else if (kernel === 'epanechnikov') {
    K = (u) => (u >= -1 && u <= 1 ? 0.75 * (1 - u * u) : 0);
  } else if (kernel === 'uniform') {
    K = (u) => (u >= -1 && u <= 1 ? 1 : 0);
  } else {
    throw new Error('unknown kernel');
  }
  return query.map((x) => {
    let total = 0;
    for (const d of data) total += K((x - d) / h);
    return total / (n * h);
  });
}
