from typing import TypedDict

import numpy as np


class StabilityResult(TypedDict):
    lambdaMax: float
    lrMax: float
    lossBelow: float
    lossAbove: float


def max_stable_lr(X: list[list[float]], y: list[float], v0: list[float], iters: int, steps: int) -> StabilityResult:
    """Power-iteration estimate of the top Hessian eigenvalue, 2 / lambda, and the losses of gradient descent at 0.9 and 1.1 times that."""
    m, d = len(X), len(v0)
    if m == 0 or d == 0 or len(y) != m or any(len(row) != d for row in X):
        raise ValueError('X must be m x d, y of length m, v0 of length d')
    for k in (iters, steps):
        if not (float(k).is_integer() and k >= 0):
            raise ValueError('iters and steps must be non-negative integers')
    Xa, ya = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    H = lambda v: Xa.T @ (Xa @ v) / m  # noqa: E731
    v = np.asarray(v0, dtype=float)
    if np.linalg.norm(v) == 0:
        raise ValueError('v0 must not be zero')
    v = v / np.linalg.norm(v)
    for _ in range(int(iters)):
        u = H(v)
        nu = np.linalg.norm(u)
        if nu == 0:
            raise ValueError('H v is zero')
        v = u / nu
    lam = float(v @ H(v))
    if not lam > 0:
        raise ValueError('no curvature along v')

    def final_loss(lr: float) -> float:
        theta = np.zeros(d)
        for _ in range(int(steps)):
            theta = theta - lr * Xa.T @ (Xa @ theta - ya) / m
        r = Xa @ theta - ya
        return float(r @ r / (2 * m))

    return {'lambdaMax': lam, 'lrMax': 2 / lam, 'lossBelow': final_loss(0.9 * 2 / lam), 'lossAbove': final_loss(1.1 * 2 / lam)}
