import numpy as np


def tsne_objective(X: list[list[float]], sigmas: list[float], Y: list[list[float]]):
    n = len(X)
    if n < 2 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("at least two points of one length")
    if len(Y) != n or len(Y[0]) == 0 or any(len(r) != len(Y[0]) for r in Y) or len(sigmas) != n:
        raise ValueError("one embedding vector and one bandwidth per point")
    A, E, s = np.asarray(X, dtype=float), np.asarray(Y, dtype=float), np.asarray(sigmas, dtype=float)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(E))) or np.any(~(s > 0)) or not np.all(np.isfinite(s)):
        raise ValueError("finite points and positive bandwidths")
    D = ((A[:, None, :] - A[None, :, :]) ** 2).sum(-1)
    logits = -D / (2 * s[:, None] ** 2)
    np.fill_diagonal(logits, -np.inf)
    logits -= logits.max(1, keepdims=True)               # per-row max shift
    cond = np.exp(logits)
    cond /= cond.sum(1, keepdims=True)                   # each row normalised with its own bandwidth
    P = (cond + cond.T) / (2 * n)
    W = 1 / (1 + ((E[:, None, :] - E[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(W, 0.0)
    Q = W / W.sum()
    mask = P > 0
    return {"P": P, "Q": Q, "kl": float((P[mask] * np.log(P[mask] / Q[mask])).sum())}
