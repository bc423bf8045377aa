// expect: wrong_answer
// mistake: trusts the labels; an out-of-range predicted label silently becomes a stray array property
// caught-by: predicted label equal to numClasses
export function confusionMatrix(yTrue: number[], yPred: number[], numClasses: number): number[][] {
  const cm = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  yTrue.forEach((t, n) => {
    const row = cm[t] as number[];
    const p = yPred[n] as number;
    row[p] = (row[p] ?? 0) + 1;
  });
  return cm;
}
