import math
from typing import TypedDict

import numpy as np


class RidgeCvResult(TypedDict):
    trainMse: list[float]
    valMse: list[float]
    bestIndex: int


def _fit(X: np.ndarray, y: np.ndarray, alpha: float):
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    if alpha == 0:
        # Cholesky-style singularity test relative to the largest diagonal entry
        eig = np.linalg.eigvalsh(A)
        if eig.min() <= 1e-10 * np.abs(np.diag(A)).max():
            raise ValueError('alpha = 0 with linearly dependent centred features')
    w = np.linalg.solve(A, Xc.T @ (y - ym))
    return w, ym - xm @ w


def ridge_cv(X: list[list[float]], y: list[float], alphas: list[float], folds: list[int]) -> RidgeCvResult:
    """Mean training and validation MSE of ridge regression per alpha over the folds, and the index of the best alpha."""
    n = len(X)
    if n == 0 or len(y) != n or len(folds) != n:
        raise ValueError('X, y and folds must have the same non-zero length')
    d = len(X[0])
    if d == 0 or any(len(r) != d for r in X):
        raise ValueError('X must be n x d')
    if not alphas or any(not (a >= 0 and math.isfinite(a)) for a in alphas):
        raise ValueError('alphas must be finite numbers >= 0')
    if any(not (float(f).is_integer() and f >= 0) for f in folds):
        raise ValueError('fold ids must be non-negative integers')
    K = int(max(folds)) + 1
    if K < 2 or len(set(int(f) for f in folds)) != K:
        raise ValueError('need at least two folds and every id from 0 to K-1')
    Xa, ya, fa = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(folds, dtype=int)
    train_mse, val_mse = [], []
    for alpha in alphas:
        tr = va = 0.0
        for k in range(K):
            val = fa == k
            w, b = _fit(Xa[~val], ya[~val], alpha)
            tr += np.mean((Xa[~val] @ w + b - ya[~val]) ** 2) / K
            va += np.mean((Xa[val] @ w + b - ya[val]) ** 2) / K
        train_mse.append(float(tr))
        val_mse.append(float(va))
    best = min(range(len(alphas)), key=lambda i: (val_mse[i], i))
    return {'trainMse': train_mse, 'valMse': val_mse, 'bestIndex': best}
