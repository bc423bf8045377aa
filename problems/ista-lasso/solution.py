import math

import numpy as np


def ista(X: list[list[float]], y: list[float], w0: list[float], alpha: float, step: float, iters: int) -> list[list[float]]:
    """The ISTA iterates w^1..w^T for the lasso objective (1/2n)||y - Xw||^2 + alpha ||w||_1."""
    n, p = len(X), len(w0)
    if n == 0 or len(y) != n or any(len(row) != p for row in X):
        raise ValueError('X must be n x p with one y per row')
    if not (alpha >= 0 and math.isfinite(alpha)) or not (step > 0 and math.isfinite(step)):
        raise ValueError('need alpha >= 0 and step > 0')
    if not (float(iters).is_integer() and iters >= 0):
        raise ValueError('iters must be a non-negative integer')
    Xa, ya = np.asarray(X, dtype=float).reshape(n, p), np.asarray(y, dtype=float)
    w = np.asarray(w0, dtype=float)
    out = []
    for _ in range(int(iters)):
        z = w - step * (Xa.T @ (Xa @ w - ya)) / n
        w = np.sign(z) * np.maximum(np.abs(z) - step * alpha, 0.0) + 0.0
        out.append(w.tolist())
    return out
