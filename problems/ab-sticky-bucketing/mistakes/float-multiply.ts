// expect: wrong_answer
// mistake: multiplies by the FNV prime in float64 and reduces with % 2**32, losing the low bits the hash needs
// caught-by: random 1
export function abAssign(userIds: number[], trafficSplit: number): { bucket: number[]; group: number[] } {
  if (!(trafficSplit >= 0 && trafficSplit <= 1)) throw new Error('trafficSplit must be in [0, 1]');
  if (!userIds.every(Number.isSafeInteger)) throw new Error('bad id');
  const bucket = userIds.map((id) => {
    let h = 2166136261;
    for (const b of Array.from(String(id), (ch) => ch.charCodeAt(0))) h = (((h ^ b) >>> 0) * 16777619) % 2 ** 32;
    return h % 100;
  });
  return { bucket, group: bucket.map((b) => (b / 100 < trafficSplit ? 0 : 1)) };
}
