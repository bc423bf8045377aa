import numpy as np


def _log_softmax(Z):
    m = Z.max(axis=1, keepdims=True)
    return Z - m - np.log(np.exp(Z - m).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, alpha, T):
    Zs = np.asarray(student_logits, dtype=float)
    Zt = np.asarray(teacher_logits, dtype=float)
    if Zs.ndim != 2 or Zs.shape[0] == 0 or Zs.shape[1] == 0 or Zt.shape != Zs.shape or len(labels) != Zs.shape[0]:
        raise ValueError("shape mismatch")
    if not np.isfinite(Zs).all() or not np.isfinite(Zt).all():
        raise ValueError("logits must be finite")
    if any(not isinstance(c, int) or not 0 <= c < Zs.shape[1] for c in labels):
        raise ValueError("label out of range")
    if not (0 <= alpha <= 1) or not (0 < T < np.inf):
        raise ValueError("alpha must lie in [0, 1] and T > 0")
    B = Zs.shape[0]
    rows = np.arange(B)
    hard = _log_softmax(Zs)
    soft = _log_softmax(Zs / T)
    teach = _log_softmax(Zt / T)
    p = np.exp(teach)
    kl = np.where(p > 0, p * (teach - soft), 0.0).sum(axis=1)
    loss = alpha * -hard[rows, labels] + (1 - alpha) * T * T * kl
    onehot = np.zeros_like(Zs)
    onehot[rows, labels] = 1
    grad = (alpha * (np.exp(hard) - onehot) + (1 - alpha) * T * (np.exp(soft) - p)) / B
    return {"loss": float(loss.mean()), "grad": grad}
