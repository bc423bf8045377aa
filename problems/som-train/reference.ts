// Reference: plain float64, inputs processed in order; BMU by squared distance, ties to the lower neuron index.
import { argminLowest, squaredDistance } from '../../grader/reference-kit/float64.ts';

type Result = { weights: number[][]; bmus: number[] };

/** The training run plus, per step, the relative gap between the best and second-best neuron (for generators). */
export function trainSom(W0: number[][], rows: number, cols: number, inputs: number[][], eta0: number, sigma0: number, tau: number): Result & { gaps: number[] } {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) throw new Error('rows and cols must be positive integers');
  if (W0.length !== rows * cols) throw new Error('W0 must hold rows × cols neurons');
  const d = W0[0]!.length;
  if (d === 0 || W0.some((w) => w.length !== d) || inputs.some((x) => x.length !== d)) throw new Error('neurons and inputs must have the same length >= 1');
  if ([...W0, ...inputs].some((v) => v.some((x) => !Number.isFinite(x)))) throw new Error('values must be finite');
  if (!(eta0 > 0) || !(sigma0 > 0) || !(tau > 0) || ![eta0, sigma0, tau].every(Number.isFinite)) throw new Error('eta0, sigma0 and tau must be positive');
  const W = W0.map((w) => [...w]);
  const bmus: number[] = [];
  const gaps: number[] = [];
  inputs.forEach((x, t) => {
    const dist = W.map((w) => squaredDistance(x, w));
    const b = argminLowest(dist);
    const s = [...dist].sort((p, q) => p - q);
    if (s.length > 1) gaps.push((s[1]! - s[0]!) / Math.max(s[1]!, 1e-300));
    bmus.push(b);
    const decay = Math.exp(-t / tau);
    const eta = eta0 * decay, sigma = sigma0 * decay;
    const br = Math.floor(b / cols), bc = b % cols;
    W.forEach((w, j) => {
      const g2 = (Math.floor(j / cols) - br) ** 2 + ((j % cols) - bc) ** 2;
      const h = Math.exp(-g2 / (2 * sigma * sigma));
      for (let k = 0; k < d; k++) w[k] = w[k]! + eta * h * (x[k]! - w[k]!);
    });
  });
  return { weights: W, bmus, gaps };
}

export function somTrain(W0: number[][], rows: number, cols: number, inputs: number[][], eta0: number, sigma0: number, tau: number): Result {
  const { weights, bmus } = trainSom(W0, rows, cols, inputs, eta0, sigma0, tau);
  return { weights, bmus };
}
