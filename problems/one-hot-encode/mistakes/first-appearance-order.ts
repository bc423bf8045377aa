// expect: wrong_answer
// mistake: keeps categories in order of first appearance instead of sorting them
// caught-by: non-contiguous and negative codes
export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  if (trainCodes.length === 0) throw new Error('no training rows');
  const d = trainCodes[0]!.length;
  for (const row of trainCodes.concat(testCodes)) if (row.length !== d) throw new Error('column mismatch');
  const categories = Array.from({ length: d }, (_, c) => {
    const vals: number[] = [];
    for (const row of trainCodes) if (!Number.isNaN(row[c]!) && !vals.includes(row[c]!)) vals.push(row[c]!);
    return vals;
  });
  const enc = (X: number[][]) => X.map((row) => categories.flatMap((cats, c) => cats.slice(dropFirst ? 1 : 0).map((v) => (row[c] === v ? 1 : 0))));
  return { categories, train: enc(trainCodes), test: enc(testCodes) };
}
