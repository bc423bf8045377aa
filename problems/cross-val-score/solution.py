import math

import numpy as np


def _r2(y, p):
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    ss_res = float(np.sum((y - p) ** 2))
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return 1 - ss_res / ss_tot


def cross_val_score(X, y, folds, alpha):
    n = len(X)
    if n == 0 or len(y) != n:
        raise ValueError("X and y need the same, non-zero number of rows")
    d = len(X[0])
    if d == 0 or any(len(r) != d for r in X):
        raise ValueError("X must be a matrix with at least one column")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(y))):
        raise ValueError("X and y must be finite")
    if not (math.isfinite(alpha) and alpha >= 0):
        raise ValueError("alpha must be a finite number >= 0")
    if len(folds) == 0:
        raise ValueError("at least one fold is needed")
    scores = []
    for fold in folds:
        if any(not isinstance(i, int) or not 0 <= i < n for i in fold) or len(set(fold)) != len(fold):
            raise ValueError("a fold must hold distinct row indices")
        test = np.array(fold, dtype=int)
        train = np.setdiff1d(np.arange(n), test)
        if len(test) == 0 or len(train) == 0:
            raise ValueError("a fold must leave non-empty test and training sets")
        xm, ym = X[train].mean(axis=0), y[train].mean()
        Xc, yc = X[train] - xm, y[train] - ym
        A = Xc.T @ Xc + alpha * np.eye(d)
        # a rank-deficient OLS system: a pivot vanishes relative to the matrix's scale
        if alpha == 0 and np.linalg.matrix_rank(A, tol=d * np.finfo(float).eps * np.abs(A).max()) < d:
            raise ValueError("the centred training matrix is rank-deficient")
        w = np.linalg.solve(A, Xc.T @ yc)
        scores.append(_r2(y[test], X[test] @ w + (ym - xm @ w)))
    s = np.array(scores)
    return [scores, float(s.mean()), float(2 * s.std())]
