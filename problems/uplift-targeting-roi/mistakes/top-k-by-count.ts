// expect: wrong_answer
// mistake: sorts the users and takes exactly ceil(p·n) of them, so users tied with the last one targeted are left out
// caught-by: ties at the threshold
export function targetingRoi(upliftScores: number[], treatmentCost: number, conversionValue: number, percentile: number): { roi: number; nTargeted: number; incrementalConversions: number } {
  const n = upliftScores.length;
  if (n === 0) throw new Error('empty');
  if (upliftScores.some((s) => !Number.isFinite(s))) throw new Error('bad score');
  if (!(percentile >= 0 && percentile <= 1)) throw new Error('percentile out of range');
  if (!Number.isFinite(treatmentCost) || !Number.isFinite(conversionValue) || treatmentCost < 0 || conversionValue < 0) throw new Error('bad money');
  const top = upliftScores.slice().sort((a, b) => b - a).slice(0, Math.max(1, Math.ceil(percentile * n)));
  const count = top.length;
  const sum = top.reduce((a, b) => a + b, 0);
  const cost = count * treatmentCost;
  return { roi: cost > 0 ? (sum * conversionValue - cost) / cost : 0, nTargeted: count, incrementalConversions: sum };
}
