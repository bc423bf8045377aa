/**
 * Plain integer recurrences for a stack of [kernel, stride, padding] layers: output size, receptive field
 * and jump (effective stride) of each layer with respect to the input.
 */
export function receptiveField(layers: number[][], inputSize: number): { outSize: number[]; rf: number[]; jump: number[] } {
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new Error('inputSize must be a positive integer');
  let n = inputSize;
  let r = 1;
  let j = 1;
  const outSize: number[] = [];
  const rf: number[] = [];
  const jump: number[] = [];
  layers.forEach((layer, i) => {
    if (layer.length !== 3) throw new Error(`layer ${i} must be [kernel, stride, padding]`);
    const [k, s, p] = layer as [number, number, number];
    if (!Number.isInteger(k) || k < 1 || !Number.isInteger(s) || s < 1 || !Number.isInteger(p) || p < 0) throw new Error(`layer ${i}: kernel and stride must be integers ≥ 1, padding an integer ≥ 0`);
    n = Math.floor((n + 2 * p - k) / s) + 1;
    if (n < 1) throw new Error(`layer ${i}: the output would be empty`);
    r += (k - 1) * j;
    j *= s;
    outSize.push(n);
    rf.push(r);
    jump.push(j);
  });
  return { outSize, rf, jump };
}
