import numpy as np


def cross_entropy_from_logits(logits_binary, y_binary, logits, labels):
    z = np.asarray(logits_binary, dtype=float)
    y = np.asarray(y_binary, dtype=float)
    Z = np.asarray(logits, dtype=float)
    if z.size == 0 or z.shape != y.shape or Z.ndim != 2 or Z.shape[0] == 0 or Z.shape[1] == 0 or len(labels) != Z.shape[0]:
        raise ValueError("shape mismatch or empty batch")
    if ((y < 0) | (y > 1)).any() or not np.isfinite(z).all() or not np.isfinite(Z).all():
        raise ValueError("binary labels must lie in [0, 1] and logits must be finite")
    c = np.asarray(labels)
    if (c != np.round(c)).any() or (c < 0).any() or (c >= Z.shape[1]).any():
        raise ValueError("class labels out of range")
    c = c.astype(int)
    bce = np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))
    d_binary = (0.5 * (1 + np.tanh(0.5 * z)) - y) / z.size
    m = Z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(Z - m).sum(axis=1))
    rows = np.arange(Z.shape[0])
    ce = np.mean(lse - Z[rows, c])
    d_logits = np.exp(Z - lse[:, None])
    d_logits[rows, c] -= 1
    return {"bce": float(bce), "ce": float(ce), "dBinary": d_binary, "dLogits": d_logits / Z.shape[0]}
