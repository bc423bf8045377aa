// expect: wrong_answer
// mistake: learns categories from train and test together, so a test-only category gets its own column
// caught-by: single category without drop
export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  if (trainCodes.length === 0) throw new Error('no training rows');
  const d = trainCodes[0]!.length;
  const all = trainCodes.concat(testCodes);
  for (const row of all) if (row.length !== d) throw new Error('column mismatch');
  const categories = Array.from({ length: d }, (_, c) => [...new Set(all.map((r) => r[c]!).filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b));
  const enc = (X: number[][]) => X.map((row) => categories.flatMap((cats, c) => cats.slice(dropFirst ? 1 : 0).map((v) => (row[c] === v ? 1 : 0))));
  return { categories, train: enc(trainCodes), test: enc(testCodes) };
}
