import numpy as np


def ordinal_loss(logits, labels, lam):
    Z = np.asarray(logits, dtype=float)
    if Z.ndim != 2 or Z.shape[0] == 0 or Z.shape[1] < 2 or not np.isfinite(Z).all():
        raise ValueError("logits must be a finite n×K matrix with K >= 2")
    n, K = Z.shape
    if len(labels) != n or any(not isinstance(y, int) or not 0 <= y < K for y in labels) or not 0 <= lam < np.inf:
        raise ValueError("bad labels or lambda")
    y = np.asarray(labels)
    m = Z.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))
    P = np.exp(Z - lse)
    k = np.arange(K)
    E = P @ k
    rows = np.arange(n)
    loss = np.mean(lse[:, 0] - Z[rows, y]) + lam * np.mean(np.abs(E - y))
    onehot = np.zeros_like(P)
    onehot[rows, y] = 1
    grad = (P - onehot + lam * np.sign(E - y)[:, None] * P * (k[None, :] - E[:, None])) / n
    return {"loss": float(loss), "dLogits": grad}
