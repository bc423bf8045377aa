# expect: wrong_answer
# mistake: no clipping of ε = 0, so a perfect stump gets α = inf and the weights become nan
# caught-by: perfect stump: finite weight, then boosting stops
import math

import numpy as np


def best_stump(X, y, w):
    n, p = X.shape
    best, best_err = None, math.inf
    for j in range(p):
        values = np.unique(X[:, j])
        for tau in (values[:-1] + values[1:]) / 2:
            for s in (1, -1):
                err = w[np.where(X[:, j] > tau, s, -s) != y].sum()
                if err < best_err:
                    best, best_err = (j, tau, s), err
    return best, best_err


def adaboost(X, y, T, X_test):
    if len(X) != len(y) or any(v not in (1, -1) for v in y):
        raise ValueError('labels must be -1 or +1')
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.full(len(y), 1 / len(y))
    stumps, alphas = [], []
    for _ in range(T):
        stump, err = best_stump(X, y, w)
        if stump is None or err >= 0.5:
            break
        j, tau, s = stump
        h = np.where(X[:, j] > tau, s, -s)
        misses = int((h != y).sum())
        with np.errstate(divide='ignore', invalid='ignore'):
            alpha = 0.5 * math.log((1 - err) / err) if err > 0 else math.inf
            w = w * np.exp(-alpha * y * h)
            w = w / w.sum()
        stumps.append([j, tau, s])
        alphas.append(alpha)
        if misses == 0:
            break
    Xt = np.asarray(X_test, dtype=float).reshape(len(X_test), -1)
    F = sum((a * np.where(Xt[:, j] > tau, s, -s) for (j, tau, s), a in zip(stumps, alphas)), np.zeros(len(Xt)))
    return {"stumps": stumps, "alphas": alphas, "weights": w, "predictions": np.where(F < 0, -1, 1)}
