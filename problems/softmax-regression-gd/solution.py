import numpy as np


def softmax_regression_gd(X: list[list[float]], y: list[int], W0: list[list[float]], b0: list[float], lr: float, iters: int):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    A = np.asarray(X, dtype=float)
    n, p = A.shape
    K = len(b0)
    if K < 2 or len(W0) != p or any(len(r) != K for r in W0):
        raise ValueError("W0 must be p × K with K >= 2")
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
        raise ValueError("values must be finite")
    if len(y) != n or any(not (0 <= v < K) for v in y) or not (lr > 0) or not np.isfinite(lr) or iters < 0:
        raise ValueError("bad labels or hyper-parameters")
    yi = np.asarray(y, dtype=int)
    Y = np.eye(K)[yi]
    history = []
    for _ in range(iters):
        Z = A @ W + b
        Z = Z - Z.max(1, keepdims=True)                  # max shift: no overflow for large logits
        logP = Z - np.log(np.exp(Z).sum(1, keepdims=True))
        history.append(float(-logP[np.arange(n), yi].mean()))   # the loss before this step
        G = (np.exp(logP) - Y) / n
        W = W - lr * A.T @ G
        b = b - lr * G.sum(0)
    return {"W": W, "b": b, "lossHistory": history}
