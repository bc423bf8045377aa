/** FNV-1a 32-bit of String(id) (UTF-8; the decimal digits and '-' are ASCII), bucket = h mod 100, control iff bucket/100 < split. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export function abAssign(userIds: number[], trafficSplit: number): { bucket: number[]; group: number[] } {
  if (!(trafficSplit >= 0 && trafficSplit <= 1)) throw new Error('trafficSplit must lie in [0, 1]');
  if (!userIds.every(Number.isSafeInteger)) throw new Error('user ids must be safe integers');
  const bucket = userIds.map((id) => fnv1a(String(id)) % 100);
  return { bucket, group: bucket.map((b) => (b / 100 < trafficSplit ? 0 : 1)) };
}
