export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (yTrue.length !== yPred.length) throw new Error('yTrue and yPred must have the same length');
  const valid = (v: number) => Number.isInteger(v) && v >= 0 && v < numClasses;
  // one flat counter array, then sliced into rows
  const flat = new Array<number>(numClasses * numClasses).fill(0);
  for (let n = 0; n < yTrue.length; n++) {
    const t = yTrue[n]!;
    const p = yPred[n]!;
    if (!valid(t) || !valid(p)) throw new Error(`bad label at position ${n}: true ${t}, predicted ${p}`);
    flat[t * numClasses + p]! += 1;
  }
  const out: number[][] = [];
  for (let i = 0; i < numClasses; i++) out.push(flat.slice(i * numClasses, (i + 1) * numClasses));
  return out;
}
