export function targetingRoi(upliftScores: number[], treatmentCost: number, conversionValue: number, percentile: number): { roi: number; nTargeted: number; incrementalConversions: number } {
  const n = upliftScores.length;
  if (n === 0) throw new Error('empty');
  if (upliftScores.some((s) => !Number.isFinite(s))) throw new Error('bad score');
  if (!(percentile >= 0 && percentile <= 1)) throw new Error('percentile out of range');
  if (!Number.isFinite(treatmentCost) || !Number.isFinite(conversionValue) || treatmentCost < 0 || conversionValue < 0) throw new Error('bad money');
  const s = upliftScores.slice().sort((a, b) => a - b);
  const pos = (n - 1) * (1 - percentile);
  const i = Math.floor(pos);
  const threshold = i + 1 < n ? s[i]! + (pos - i) * (s[i + 1]! - s[i]!) : s[n - 1]!;
  let count = 0, sum = 0;
  for (const u of upliftScores) if (u >= threshold) { count++; sum += u; }
  const cost = count * treatmentCost;
  return { roi: cost > 0 ? (sum * conversionValue - cost) / cost : 0, nTargeted: count, incrementalConversions: sum };
}
