export function abAssign(userIds: number[], trafficSplit: number): { bucket: number[]; group: number[] } {
  if (!(trafficSplit >= 0 && trafficSplit <= 1)) throw new Error('trafficSplit must be in [0, 1]');
  const bucket: number[] = [];
  const group: number[] = [];
  for (const id of userIds) {
    if (!Number.isSafeInteger(id)) throw new Error(`bad user id ${id}`);
    let h = 0x811c9dc5;
    for (const b of Array.from(String(id), (ch) => ch.charCodeAt(0))) {
      h ^= b;
      h = Math.imul(h, 16777619) >>> 0;
    }
    const bk = h % 100;
    bucket.push(bk);
    group.push(bk / 100 < trafficSplit ? 0 : 1);
  }
  return { bucket, group };
}
