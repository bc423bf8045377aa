// expect: wrong_answer
// mistake: evaluates tanh and sigmoid with the textbook exponential ratios, which give Infinity/Infinity = NaN for |z| = 1000
// caught-by: tanh at +-1000
export function activation(z: number[], kind: 'relu' | 'leaky_relu' | 'elu' | 'sigmoid' | 'tanh' | 'swish', param: number): { value: number[]; grad: number[] } {
  if (kind === 'leaky_relu' && !(param >= 0 && param < 1)) throw new Error('alpha must be in [0, 1)');
  if (kind === 'elu' && !(param >= 0)) throw new Error('alpha must be >= 0');
  if (!['relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'swish'].includes(kind)) throw new Error('unknown kind');
  const sig = (x: number) => Math.exp(x) / (1 + Math.exp(x));
  const value: number[] = [], grad: number[] = [];
  for (const x of z) {
    if (Number.isNaN(x)) { value.push(NaN); grad.push(NaN); continue; }
    if (kind === 'relu') { value.push(x > 0 ? x : 0); grad.push(x > 0 ? 1 : 0); }
    else if (kind === 'leaky_relu') { value.push(x > 0 ? x : param * x); grad.push(x > 0 ? 1 : param); }
    else if (kind === 'elu') { value.push(x > 0 ? x : param * (Math.exp(x) - 1)); grad.push(x > 0 ? 1 : param * Math.exp(x)); }
    else if (kind === 'sigmoid') { const s = sig(x); value.push(s); grad.push(s * (1 - s)); }
    else if (kind === 'tanh') {
      const t = (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x));
      value.push(t); grad.push(1 - t * t);
    } else { const s = sig(param * x); value.push(x * s); grad.push(s + param * x * s * (1 - s)); }
  }
  return { value, grad };
}
