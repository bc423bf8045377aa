// Reference: plain float64 TypeScript (|u| ≤ 1 is a discrete boundary decision for the compact kernels).

type Kernel = 'gaussian' | 'epanechnikov' | 'uniform';

function kernelValue(u: number, kernel: Kernel): number {
  switch (kernel) {
    case 'gaussian':
      return Math.exp(-0.5 * u * u) / Math.sqrt(2 * Math.PI);
    case 'epanechnikov':
      return Math.abs(u) <= 1 ? 0.75 * (1 - u * u) : 0;
    case 'uniform':
      return Math.abs(u) <= 1 ? 0.5 : 0;
  }
}

export function kde1d(data: number[], query: number[], h: number, kernel: 'gaussian' | 'epanechnikov' | 'uniform'): number[] {
  if (data.length === 0) throw new Error('data must not be empty');
  if (!(h > 0) || !Number.isFinite(h)) throw new Error('the bandwidth h must be a finite number > 0');
  if (kernel !== 'gaussian' && kernel !== 'epanechnikov' && kernel !== 'uniform') throw new Error('unknown kernel');
  if ([...data, ...query].some((v) => !Number.isFinite(v))) throw new Error('data and query must be finite');
  const n = data.length;
  return query.map((x) => {
    let s = 0;
    for (const xi of data) s += kernelValue((x - xi) / h, kernel);
    return s / (n * h);
  });
}
