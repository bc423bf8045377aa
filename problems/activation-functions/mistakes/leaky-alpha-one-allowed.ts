// expect: wrong_answer
// mistake: rejects only α > 1 for Leaky ReLU, so α = 1 (the identity, no longer leaky) is accepted
// caught-by: leaky relu with alpha exactly 1 throws
export function activation(z: number[], kind: 'relu' | 'leaky_relu' | 'elu' | 'sigmoid' | 'tanh' | 'swish', param: number): { value: number[]; grad: number[] } {
  const sig = (x: number): number => (x < 0 ? Math.exp(x) / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x)));
  if (kind === 'leaky_relu' && !(param >= 0 && param <= 1)) throw new Error('alpha must be in [0, 1)');
  if (kind === 'elu' && !(param >= 0)) throw new Error('alpha must be >= 0');
  const known = ['relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'swish'];
  if (!known.includes(kind)) throw new Error('unknown kind ' + kind);
  const n = z.length;
  const value = new Array<number>(n);
  const grad = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const x = z[i];
    if (x !== x) { value[i] = NaN; grad[i] = NaN; continue; }
    if (kind === 'relu') { value[i] = x > 0 ? x : 0; grad[i] = x > 0 ? 1 : 0; }
    else if (kind === 'leaky_relu') { value[i] = x > 0 ? x : param * x; grad[i] = x > 0 ? 1 : param; }
    else if (kind === 'elu') { value[i] = x > 0 ? x : param * (Math.exp(x) - 1); grad[i] = x > 0 ? 1 : param * Math.exp(x); }
    else if (kind === 'sigmoid') { const s = sig(x); value[i] = s; grad[i] = s * (1 - s); }
    else if (kind === 'tanh') { const t = Math.tanh(x); value[i] = t; grad[i] = 1 - t * t; }
    else { const s = sig(param * x); value[i] = x * s; grad[i] = s * (1 + param * x * (1 - s)); }
  }
  return { value, grad };
}
