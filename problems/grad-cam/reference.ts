/**
 * Plain float64 Grad-CAM: channel weights = spatial mean of the gradients, map = ReLU(Σ_k α_k A_k), then
 * (map − min) / (max(map − min) + 1e-8).
 */
export function gradCam(activations: number[][][], gradients: number[][][]): number[][] {
  const K = activations.length;
  if (K === 0) throw new Error('there must be at least one channel');
  const H = activations[0]!.length;
  const W = activations[0]![0]?.length ?? 0;
  const full = (t: number[][][]) => t.length === K && t.every((ch) => ch.length === H && ch.every((r) => r.length === W));
  if (H === 0 || W === 0 || !full(activations) || !full(gradients)) throw new Error(`activations and gradients must both be ${K}×H×W with H, W ≥ 1`);
  if ([...activations, ...gradients].some((ch) => ch.some((r) => r.some((v) => !Number.isFinite(v))))) throw new Error('values must be finite');
  const alpha = gradients.map((ch) => ch.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0) / (H * W));
  const cam = Array.from({ length: H }, (_, i) => Array.from({ length: W }, (_, j) =>
    Math.max(0, activations.reduce((s, ch, k) => s + alpha[k]! * ch[i]![j]!, 0))));
  let lo = Number.POSITIVE_INFINITY;
  for (const r of cam) for (const v of r) lo = Math.min(lo, v);
  let hi = 0;
  for (const r of cam) for (const v of r) hi = Math.max(hi, v - lo);
  return cam.map((r) => r.map((v) => (v - lo) / (hi + 1e-8)));
}
