export function receptiveField(layers: number[][], inputSize: number): { outSize: number[]; rf: number[]; jump: number[] } {
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new Error('bad input size');
  let n = inputSize, r = 1, j = 1;
  const outSize: number[] = [], rf: number[] = [], jump: number[] = [];
  for (const layer of layers) {
    if (layer.length !== 3) throw new Error('layers are [kernel, stride, padding]');
    const [k, s, p] = layer;
    if (!(Number.isInteger(k) && k >= 1 && Number.isInteger(s) && s >= 1 && Number.isInteger(p) && p >= 0)) throw new Error('bad layer');
    n = Math.floor((n + 2 * p - k) / s) + 1;
    if (n < 1) throw new Error('empty output');
    r += (k - 1) * j; // neighbouring outputs of the previous layer are j input pixels apart
    j *= s;
    outSize.push(n);
    rf.push(r);
    jump.push(j);
  }
  return { outSize, rf, jump };
}
