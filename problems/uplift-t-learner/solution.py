import math

import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


def _fit(X, y, lr, n_iters):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(n_iters):
        r = _sigmoid(X @ w + b) - y
        w, b = w - lr * (X.T @ r) / len(y), b - lr * r.mean()
    return w, b


def t_learner_uplift(X, treatment, y, X_test, lr, n_iters, threshold):
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
    if not lr > 0 or not isinstance(n_iters, int) or n_iters < 0 or not threshold >= 0:
        raise ValueError("need lr > 0, an integer n_iters >= 0 and threshold >= 0")
    X = np.asarray(X, dtype=float)
    t = np.asarray(treatment)
    yy = np.asarray(y, dtype=float)
    if not (t == 1).any() or not (t == 0).any():
        raise ValueError("both treated and control rows are needed")
    wt, bt = _fit(X[t == 1], yy[t == 1], lr, n_iters)
    wc, bc = _fit(X[t == 0], yy[t == 0], lr, n_iters)
    if len(X_test) == 0:
        return {"uplift": [], "segments": []}
    Xt = np.asarray(X_test, dtype=float)
    uplift = _sigmoid(Xt @ wt + bt) - _sigmoid(Xt @ wc + bc)
    segments = np.where(uplift > threshold, 1, np.where(uplift < -threshold, -1, 0))
    return {"uplift": uplift, "segments": segments}
