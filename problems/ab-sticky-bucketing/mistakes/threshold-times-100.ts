// expect: wrong_answer
// mistake: compares bucket < 100 * trafficSplit, so a 7 % split also gives bucket 7 (100 × 0.07 = 7.000000000000001) to control
// caught-by: a 7 % control group
export function abAssign(userIds: number[], trafficSplit: number): { bucket: number[]; group: number[] } {
  if (!(trafficSplit >= 0 && trafficSplit <= 1)) throw new Error('trafficSplit must be in [0, 1]');
  if (!userIds.every(Number.isSafeInteger)) throw new Error('bad id');
  const bucket = userIds.map((id) => {
    let h = 0x811c9dc5;
    for (const b of Array.from(String(id), (ch) => ch.charCodeAt(0))) h = Math.imul(h ^ b, 16777619) >>> 0;
    return h % 100;
  });
  return { bucket, group: bucket.map((b) => (b < trafficSplit * 100 ? 0 : 1)) };
}
