import math

import numpy as np


def best_stump(X, y, w):
    """Lowest weighted error over every (feature, midpoint, polarity); ties keep the first found."""
    n, p = X.shape
    total = w.sum()
    best, best_err = None, math.inf
    for j in range(p):
        order = np.argsort(X[:, j], kind='stable')
        values = X[order, j]
        # polarity +1 errs on positives at or below the threshold and on negatives above it
        pos_below = np.cumsum(np.where(y[order] == 1, w[order], 0.0))
        neg_above = w[y == -1].sum() - np.cumsum(np.where(y[order] == -1, w[order], 0.0))
        for k in range(n - 1):
            if values[k] == values[k + 1]:
                continue
            tau = (values[k] + values[k + 1]) / 2
            err_plus = pos_below[k] + neg_above[k]
            err_minus = total - err_plus
            if err_plus < best_err:
                best, best_err = (j, tau, 1), err_plus
            if err_minus < best_err:
                best, best_err = (j, tau, -1), err_minus
    return best, best_err


def predict(X, j, tau, s):
    return np.where(X[:, j] > tau, s, -s)


def adaboost(X, y, T, X_test):
    if len(X) == 0 or len(X) != len(y) or any(v not in (1, -1) for v in y):
        raise ValueError('X and y must have the same length and labels must be -1 or +1')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.full(len(y), 1 / len(y))
    stumps, alphas = [], []
    for _ in range(T):
        stump, err = best_stump(X, y, w)
        if stump is None or err >= 0.5:
            break
        h = predict(X, *stump)
        misses = int((h != y).sum())
        eps = 1e-10 if misses == 0 else max(err, 1e-10)
        alpha = 0.5 * math.log((1 - eps) / eps)
        w = w * np.exp(-alpha * y * h)
        w = w / w.sum()
        stumps.append(list(stump))
        alphas.append(alpha)
        if misses == 0:
            break
    Xt = np.asarray(X_test, dtype=float).reshape(len(X_test), -1)
    F = np.zeros(len(X_test))
    for (j, tau, s), a in zip(stumps, alphas):
        F += a * predict(Xt, j, tau, s)
    return {"stumps": stumps, "alphas": alphas, "weights": w, "predictions": np.where(F < 0, -1, 1)}
