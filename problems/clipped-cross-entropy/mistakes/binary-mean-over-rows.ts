// expect: wrong_answer
// mistake: sums the binary loss over each row's entries and averages over rows only
// caught-by: multi-label targets
export function clippedCrossEntropy(yTrue: number[][], yPred: number[][], eps: number): { binary: number; categorical: number } {
  const n = yTrue.length, k = yTrue[0]?.length ?? 0;
  if (!n || !k || yPred.length !== n) throw new Error('shape mismatch');
  if (!(eps > 0 && eps < 0.5)) throw new Error('eps must lie in (0, 0.5)');
  let bin = 0, cat = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i].length !== k || yPred[i].length !== k) throw new Error('shape mismatch');
    for (let j = 0; j < k; j++) {
      const y = yTrue[i][j], p = yPred[i][j];
      if (!(y >= 0 && y <= 1 && p >= 0 && p <= 1)) throw new Error('values must lie in [0, 1]');
      const q = Math.min(Math.max(p, eps), 1 - eps); // never log(0)
      bin -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
      cat -= y * Math.log(q);
    }
  }
  // binary: mean over every entry; categorical: sum over the classes, mean over the rows
  return { binary: bin / n, categorical: cat / n };
}
