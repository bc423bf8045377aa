import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def ovr_logistic(X: list[list[float]], y: list[int], K: int, lr: float, iters: int, Xtest: list[list[float]]):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    p = len(X[0])
    if any(len(r) != p for r in list(X) + list(Xtest)):
        raise ValueError("rows must have one length")
    A = np.asarray(X, dtype=float)
    T = np.asarray(Xtest, dtype=float).reshape(len(Xtest), p)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(T))):
        raise ValueError("values must be finite")
    if K < 2 or len(y) != len(X) or any(not (0 <= v < K) for v in y) or not (lr > 0) or not np.isfinite(lr) or iters < 0:
        raise ValueError("bad labels or hyper-parameters")
    n = len(A)
    yi = np.asarray(y, dtype=int)
    scores = np.zeros((len(T), K))
    for k in range(K):
        t = (yi == k).astype(float)               # class k against the rest, each model from zero
        w, b = np.zeros(p), 0.0
        for _ in range(iters):
            r = _sigmoid(A @ w + b) - t
            w = w - lr * (A.T @ r) / n
            b -= lr * r.sum() / n
        scores[:, k] = _sigmoid(T @ w + b)
    proba = scores / scores.sum(1, keepdims=True) if len(T) else scores
    return {"scores": scores, "proba": proba, "labels": scores.argmax(1) if len(T) else np.zeros(0, dtype=int)}
