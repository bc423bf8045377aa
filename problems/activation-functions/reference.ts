// Reference: plain float64 TypeScript. Derivatives are written out explicitly (no autodiff), so the
// kink conventions at z = 0 are exactly the statement's.
type Kind = 'relu' | 'leaky_relu' | 'elu' | 'sigmoid' | 'tanh' | 'swish';

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function activation(z: number[], kind: Kind, param: number): { value: number[]; grad: number[] } {
  let f: (x: number) => [number, number];
  switch (kind) {
    case 'relu':
      f = (x) => (x > 0 ? [x, 1] : [0, 0]);
      break;
    case 'leaky_relu':
      if (!(param >= 0 && param < 1)) throw new Error(`leaky_relu needs 0 <= alpha < 1, got ${param}`);
      f = (x) => (x > 0 ? [x, 1] : [param * x, param]);
      break;
    case 'elu':
      if (!(param >= 0)) throw new Error(`elu needs alpha >= 0, got ${param}`);
      f = (x) => (x > 0 ? [x, 1] : [param * Math.expm1(x), param * Math.exp(x)]);
      break;
    case 'sigmoid':
      f = (x) => { const s = sigmoid(x); return [s, s * (1 - s)]; };
      break;
    case 'tanh':
      f = (x) => { const t = Math.tanh(x); return [t, 1 - t * t]; };
      break;
    case 'swish':
      f = (x) => { const s = sigmoid(param * x); return [x * s, s + param * x * s * (1 - s)]; };
      break;
    default:
      throw new Error(`unknown activation kind "${String(kind)}"`);
  }
  const value: number[] = [];
  const grad: number[] = [];
  for (const x of z) {
    if (Number.isNaN(x)) { value.push(Number.NaN); grad.push(Number.NaN); continue; }
    const [v, g] = f(x);
    value.push(v);
    grad.push(g);
  }
  return { value, grad };
}
