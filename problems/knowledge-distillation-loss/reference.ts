import { logSoftmaxRow } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 distillation loss, batch mean of α·CE(y, softmax(z_s)) + (1 − α)·T²·KL(p_t^T ‖ p_s^T),
 * and its gradient with respect to the student logits.
 */
export function distillationLoss(
  studentLogits: number[][],
  teacherLogits: number[][],
  labels: number[],
  alpha: number,
  T: number,
): { loss: number; grad: number[][] } {
  const B = studentLogits.length;
  if (B === 0) throw new Error('the batch must not be empty');
  const K = studentLogits[0]!.length;
  if (K === 0 || studentLogits.some((r) => r.length !== K)) throw new Error('student logits must be B×K with K ≥ 1');
  if (teacherLogits.length !== B || teacherLogits.some((r) => r.length !== K)) throw new Error(`teacher logits must be ${B}×${K}`);
  if (labels.length !== B || labels.some((y) => !Number.isInteger(y) || y < 0 || y >= K)) throw new Error(`labels must be ${B} integers in [0, ${K})`);
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('alpha must lie in [0, 1]');
  if (!(T > 0) || !Number.isFinite(T)) throw new Error('T must be a finite number > 0');
  if ([...studentLogits, ...teacherLogits].some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('logits must be finite');
  let loss = 0;
  const grad = studentLogits.map((zs, b) => {
    const zt = teacherLogits[b]!;
    const y = labels[b]!;
    const ls = logSoftmaxRow(zs);
    const lsT = logSoftmaxRow(zs.map((v) => v / T));
    const ltT = logSoftmaxRow(zt.map((v) => v / T));
    const ce = -ls[y]!;
    let kl = 0;
    ltT.forEach((lt, k) => { const p = Math.exp(lt); if (p > 0) kl += p * (lt - lsT[k]!); });
    loss += alpha * ce + (1 - alpha) * T * T * kl;
    return zs.map((_, k) => (alpha * (Math.exp(ls[k]!) - (k === y ? 1 : 0)) + (1 - alpha) * T * (Math.exp(lsT[k]!) - Math.exp(ltT[k]!))) / B);
  });
  return { loss: loss / B, grad };
}
