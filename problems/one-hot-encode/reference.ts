import * as tf from '@tensorflow/tfjs';

export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  if (trainCodes.length === 0) throw new Error('trainCodes must have at least one row');
  const d = trainCodes[0]!.length;
  if (trainCodes.some((r) => r.length !== d) || testCodes.some((r) => r.length !== d)) throw new Error('inconsistent column counts');
  // Category discovery is a discrete decision (float64, sorted ascending).
  const categories = Array.from({ length: d }, (_, c) =>
    [...new Set(trainCodes.map((r) => r[c]!).filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b),
  );
  const encode = (X: number[][]): number[][] => {
    if (X.length === 0) return [];
    const blocks = categories.map((cats, c) => {
      const k = cats.length;
      if (k === 0) return X.map(() => [] as number[]);
      // unknown / NaN -> index -1, which tf.oneHot turns into an all-zero row
      const idx = X.map((r) => cats.indexOf(r[c]!));
      // tf.oneHot rejects depth 1 ("depth must be >=2"): encode with depth max(k, 2), keep k columns.
      const oh = tf.tidy(() => tf.oneHot(tf.tensor1d(idx, 'int32'), Math.max(k, 2)).arraySync() as number[][]).map((row) => row.slice(0, k));
      return dropFirst ? oh.map((row) => row.slice(1)) : oh;
    });
    return X.map((_, i) => blocks.flatMap((b) => b[i]!));
  };
  return { categories, train: encode(trainCodes), test: encode(testCodes) };
}
