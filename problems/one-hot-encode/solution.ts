export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  if (trainCodes.length === 0) throw new Error('no training rows');
  const d = trainCodes[0]!.length;
  for (const row of trainCodes.concat(testCodes)) if (row.length !== d) throw new Error('column mismatch');
  const categories: number[][] = [];
  for (let c = 0; c < d; c++) {
    const vals: number[] = [];
    for (const row of trainCodes) {
      const v = row[c]!;
      if (v === v && !vals.includes(v)) vals.push(v);
    }
    vals.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    categories.push(vals);
  }
  const start = dropFirst ? 1 : 0;
  const enc = (X: number[][]) => X.map((row) => {
    const out: number[] = [];
    categories.forEach((cats, c) => {
      for (let k = start; k < cats.length; k++) out.push(row[c] === cats[k] ? 1 : 0);
    });
    return out;
  });
  return { categories, train: enc(trainCodes), test: enc(testCodes) };
}
