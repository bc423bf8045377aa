// expect: wrong_answer
// mistake: divides by the range without the 1e-8, so an all-zero map becomes 0/0 = NaN
// caught-by: every weighted sum negative gives zeros
export function gradCam(activations: number[][][], gradients: number[][][]): number[][] {
  const K = activations.length, H = activations[0]?.length ?? 0, W = activations[0]?.[0]?.length ?? 0;
  const ok = (t: number[][][]) => t.length === K && t.every((ch) => ch.length === H && ch.every((r) => r.length === W));
  if (!K || !H || !W || !ok(activations) || !ok(gradients)) throw new Error('shape mismatch');
  // 1. one weight per channel: the gradient averaged over the spatial positions
  const alpha = gradients.map((ch) => {
    let s = 0;
    for (const r of ch) for (const v of r) s += v;
    return s / (H * W);
  });
  // 2. weighted sum of the activation maps, keeping only positive evidence
  const cam = activations[0].map((r, i) => r.map((_, j) => {
    let s = 0;
    for (let k = 0; k < K; k++) s += alpha[k] * activations[k][i][j];
    return Math.max(0, s);
  }));
  // 3. min-max normalization, with 1e-8 so an all-zero map stays 0
  const lo = Math.min(...cam.flat());
  const hi = Math.max(...cam.flat()) - lo;
  return cam.map((r) => r.map((v) => (v - lo) / hi));
}
