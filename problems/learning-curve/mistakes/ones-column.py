# expect: wrong_answer
# mistake: adds a column of ones and penalises it with the weights, so the intercept is shrunk towards 0
# caught-by: a large intercept
import math

import numpy as np


def _ridge(X, y, alpha):
    xb = np.hstack([X, np.ones((len(X), 1))])
    theta = np.linalg.solve(xb.T @ xb + alpha * np.eye(xb.shape[1]), xb.T @ y)
    return theta[:-1], theta[-1]


def learning_curve(X, y, folds, fracs, alpha):
    n = len(X)
    if n == 0 or len(y) != n:
        raise ValueError("X and y need the same, non-zero number of rows")
    p = len(X[0])
    if p == 0 or any(len(r) != p for r in X):
        raise ValueError("X must have p >= 1 columns in every row")
    A, b = np.array(X, dtype=float), np.array(y, dtype=float)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(b))):
        raise ValueError("values must be finite")
    if not (math.isfinite(alpha) and alpha > 0):
        raise ValueError("alpha must be finite and > 0")
    if not fracs or any(not (0 < f <= 1) for f in fracs):
        raise ValueError("fractions must lie in (0, 1]")
    if not folds:
        raise ValueError("need at least one fold")
    trains = []
    for fold in folds:
        if len(set(fold)) != len(fold) or any(not isinstance(i, int) or not 0 <= i < n for i in fold):
            raise ValueError("fold indices must be distinct row indices")
        if len(fold) == 0 or len(fold) == n:
            raise ValueError("every fold needs validation and training rows")
        trains.append(np.setdiff1d(np.arange(n), fold))  # sorted
    n_tr = len(trains[0])
    sizes = np.unique(np.clip((np.array(fracs) * n_tr).astype(int), 1, n_tr))
    train_stats, val_stats = [], []
    for m in sizes:
        tr, va = [], []
        for fold, train in zip(folds, trains):
            rows = train[:m]
            w, c = _ridge(A[rows], b[rows], alpha)
            tr.append(np.mean((A[rows] @ w + c - b[rows]) ** 2))
            va.append(np.mean((A[fold] @ w + c - b[fold]) ** 2))
        train_stats.append([float(np.mean(tr)), float(np.std(tr))])
        val_stats.append([float(np.mean(va)), float(np.std(va))])
    return [[int(m) for m in sizes], train_stats, val_stats]
