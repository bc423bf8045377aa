import math

import numpy as np


def svm_dual_to_primal(X: list[list[float]], y: list[int], alpha: list[float], C: float):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    Xa = np.asarray(X, dtype=float)
    if not np.all(np.isfinite(Xa)) or len(y) != len(X) or len(alpha) != len(X) or any(v not in (1, -1) for v in y):
        raise ValueError("one label of ±1 and one alpha per row")
    if not (C > 0):
        raise ValueError("C must be positive")
    a = np.asarray(alpha, dtype=float)
    ya = np.asarray(y, dtype=float)
    if not np.all(np.isfinite(a)) or np.any(a < 0) or np.any(a > C):
        raise ValueError("every alpha must lie in [0, C]")
    if abs(a @ ya) > 1e-8:
        raise ValueError("sum(alpha_i y_i) must be 0")
    w = (a * ya) @ Xa
    support = np.nonzero(a > 1e-8)[0]
    free = (a > 1e-8) & (a < C - 1e-8)                  # only free support vectors lie exactly on the margin
    if not free.any():
        raise ValueError("no free support vector")
    b = float((ya[free] - Xa[free] @ w).mean())
    w2 = float(w @ w)
    slack = float(np.maximum(0.0, 1 - ya * (Xa @ w + b)).sum())
    primal = 0.5 * w2 + ((0.0 if slack <= 1e-9 else math.inf) if C == math.inf else C * slack)
    return {"w": w, "b": b, "support": support, "dual": float(a.sum()) - 0.5 * w2, "primal": primal}
