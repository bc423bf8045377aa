// expect: wrong_answer
// mistake: sizes the matrix from the largest label seen instead of numClasses
// caught-by: the highest classes never occur
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  if (yTrue.length !== yPred.length) throw new Error('length mismatch');
  for (const v of yTrue.concat(yPred)) {
    if (!Number.isInteger(v) || v < 0 || v >= numClasses) throw new Error('bad label');
  }
  let k = 1;
  for (const v of yTrue) k = Math.max(k, v + 1);
  for (const v of yPred) k = Math.max(k, v + 1);
  const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let n = 0; n < yTrue.length; n++) cm[yTrue[n]!]![yPred[n]!]! += 1;
  return cm;
}
