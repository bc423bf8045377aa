import numpy as np


def attention_pooling(H, w, b, lengths):
    H = np.asarray(H, dtype=float)
    w = np.asarray(w, dtype=float)
    if H.ndim != 3 or H.shape[0] == 0 or H.shape[1] == 0 or w.size == 0 or H.shape[2] != w.size:
        raise ValueError("H must be B×T×d with d = len(w)")
    B, T, _ = H.shape
    L = np.full(B, T) if lengths is None else np.asarray(lengths)
    if L.shape != (B,) or np.any(L != np.round(L)) or np.any(L < 1) or np.any(L > T):
        raise ValueError("lengths must hold B integers in [1, T]")
    scores = H @ w + b                                   # B×T
    scores = np.where(np.arange(T)[None, :] < L[:, None], scores, -np.inf)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)          # softmax over time, per sequence
    return {"context": np.einsum("bt,btd->bd", weights, H), "weights": weights}
