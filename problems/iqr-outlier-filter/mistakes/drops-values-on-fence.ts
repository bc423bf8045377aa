// expect: wrong_answer
// mistake: drops values that sit exactly on a fence (>= instead of >)
// caught-by: values exactly on a fence are kept
export function iqrFilter(X: number[][], k: number): { kept: number[]; fences: number[][] } {
  if (X.length === 0) throw new Error('empty X');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p)) throw new Error('ragged X');
  if (!(k >= 0) || k === Infinity) throw new Error('bad k');
  const fences: number[][] = [];
  for (let j = 0; j < p; j++) {
    const col: number[] = [];
    for (const row of X) {
      const v = row[j]!;
      if (v === Infinity || v === -Infinity) throw new Error('infinite value');
      if (!Number.isNaN(v)) col.push(v);
    }
    col.sort((a, b) => a - b);
    if (col.length === 0) {
      fences.push([NaN, NaN]);
      continue;
    }
    const quantile = (q: number) => {
      const pos = (col.length - 1) * q;
      const i = Math.floor(pos);
      const frac = pos - i;
      return i + 1 < col.length ? col[i]! * (1 - frac) + col[i + 1]! * frac : col[i]!;
    };
    const q1 = quantile(0.25), q3 = quantile(0.75);
    fences.push([q1 - k * (q3 - q1), q3 + k * (q3 - q1)]);
  }
  const kept: number[] = [];
  X.forEach((row, i) => {
    if (row.every((v, j) => Number.isNaN(v) || (v > fences[j]![0]! && v < fences[j]![1]!))) kept.push(i);
  });
  return { kept, fences };
}
