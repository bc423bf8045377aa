import math
from typing import TypedDict

import numpy as np


class GradCheckResult(TypedDict):
    numeric: list[float]
    analytic: list[float]
    relError: float


def grad_check(X: list[list[float]], y: list[float], theta: list[float], h: float) -> GradCheckResult:
    """Central-difference and analytic gradients of the mean logistic loss, and their relative error."""
    m, d = len(X), len(theta)
    if m == 0 or len(y) != m or any(len(row) != d for row in X):
        raise ValueError('X must be m x d with one label per row')
    if any(v not in (0, 1) for v in y):
        raise ValueError('labels must be 0 or 1')
    if not (h > 0 and math.isfinite(h)):
        raise ValueError('h must be positive')
    Xa, ya, t = np.asarray(X, dtype=float).reshape(m, d), np.asarray(y, dtype=float), np.asarray(theta, dtype=float)

    def loss(th: np.ndarray) -> float:
        z = Xa @ th
        return float(np.mean(np.logaddexp(0.0, z) - ya * z))  # log(1 + e^z) without overflow

    numeric = np.array([(loss(t + h * e) - loss(t - h * e)) / (2 * h) for e in np.eye(d)])
    z = Xa @ t
    sig = np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
    analytic = Xa.T @ (sig - ya) / m
    rel = np.linalg.norm(numeric - analytic) / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12)
    return {'numeric': numeric.tolist(), 'analytic': analytic.tolist(), 'relError': float(rel)}
