// expect: wrong_answer
// mistake: with dropFirst it drops the last category's column instead of the first
// caught-by: random 2
export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  if (trainCodes.length === 0) throw new Error('no training rows');
  const d = trainCodes[0]!.length;
  for (const row of trainCodes.concat(testCodes)) if (row.length !== d) throw new Error('column mismatch');
  const categories = Array.from({ length: d }, (_, c) => [...new Set(trainCodes.map((r) => r[c]!).filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b));
  const enc = (X: number[][]) => X.map((row) => categories.flatMap((cats, c) => (dropFirst ? cats.slice(0, -1) : cats).map((v) => (row[c] === v ? 1 : 0))));
  return { categories, train: enc(trainCodes), test: enc(testCodes) };
}
