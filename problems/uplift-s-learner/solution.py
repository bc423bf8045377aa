import math

import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


def s_learner_uplift(X, treatment, y, X_test, lr, n_iters):
    n = len(X)
    if n == 0 or len(treatment) != n or len(y) != n:
        raise ValueError("X, treatment and y need the same, non-zero number of rows")
    d = len(X[0])
    if d == 0 or any(len(r) != d for r in list(X) + list(X_test)):
        raise ValueError("X and X_test rows must all have the same positive width")
    if any(not math.isfinite(v) for r in list(X) + list(X_test) for v in r):
        raise ValueError("features must be finite")
    if any(t not in (0, 1) for t in treatment) or any(v not in (0, 1) for v in y):
        raise ValueError("treatment and y must be 0 or 1")
    if not lr > 0 or not isinstance(n_iters, int) or n_iters < 0:
        raise ValueError("need lr > 0 and an integer n_iters >= 0")
    Z = np.column_stack([np.asarray(X, dtype=float), np.asarray(treatment, dtype=float)])
    yy = np.asarray(y, dtype=float)
    w, b = np.zeros(d + 1), 0.0
    for _ in range(n_iters):
        r = _sigmoid(Z @ w + b) - yy
        w, b = w - lr * (Z.T @ r) / n, b - lr * r.mean()
    if len(X_test) == 0:
        return {"uplift": [], "treatmentCoef": float(w[d])}
    base = np.asarray(X_test, dtype=float) @ w[:d] + b
    return {"uplift": _sigmoid(base + w[d]) - _sigmoid(base), "treatmentCoef": float(w[d])}
