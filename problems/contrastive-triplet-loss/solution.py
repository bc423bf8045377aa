import numpy as np


def _rows(a, n, name):
    a = np.asarray(a, dtype=float)
    if len(a) != n:
        raise ValueError(f"{name} has the wrong number of rows")
    return a.reshape(n, -1) if n else a.reshape(0, 0)


def metric_losses(x1, x2, similar, margin, anchor, positive, negative, alpha):
    y = np.asarray(similar, dtype=float)
    if not np.isin(y, [0, 1]).all() or margin < 0 or alpha < 0:
        raise ValueError("labels must be 0/1, margin and alpha >= 0")
    a1, a2 = _rows(x1, len(y), "x1"), _rows(x2, len(y), "x2")
    A, P, N = _rows(anchor, len(anchor), "anchor"), _rows(positive, len(anchor), "positive"), _rows(negative, len(anchor), "negative")
    if a1.shape != a2.shape or A.shape != P.shape or A.shape != N.shape:
        raise ValueError("shape mismatch")
    d = np.linalg.norm(a1 - a2, axis=1) if len(y) else np.zeros(0)
    contrastive = 0.5 * np.sum(y * d**2 + (1 - y) * np.maximum(0.0, margin - d) ** 2)
    triplet = np.sum(np.maximum(0.0, np.linalg.norm(A - P, axis=1) - np.linalg.norm(A - N, axis=1) + alpha)) if len(A) else 0.0
    return {"contrastive": float(contrastive), "triplet": float(triplet)}
