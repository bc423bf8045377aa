import math
from typing import TypedDict

import numpy as np


class NewtonResult(TypedDict):
    grad: list[float]
    hessian: list[list[float]]
    thetas: list[list[float]]


def _solve_pivoted(H: np.ndarray, g: np.ndarray) -> np.ndarray:
    """Gaussian elimination with partial pivoting; a pivot <= 1e-12 max|H| means H is singular."""
    n = len(g)
    A = np.hstack([H, g[:, None]]).astype(float)
    scale = np.abs(H).max()
    for k in range(n):
        p = k + int(np.argmax(np.abs(A[k:, k])))
        A[[k, p]] = A[[p, k]]
        if abs(A[k, k]) <= 1e-12 * scale:
            raise ValueError('the Hessian is singular')
        A[k + 1:] -= np.outer(A[k + 1:, k] / A[k, k], A[k])
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (A[i, n] - A[i, i + 1:n] @ x[i + 1:]) / A[i, i]
    return x


def logistic_newton(X: list[list[float]], y: list[float], theta0: list[float], l2: float, iters: int) -> NewtonResult:
    """Gradient and Hessian at theta0 of the penalised mean log-loss, and theta after each Newton step."""
    m, p = len(X), len(theta0)
    if m == 0 or len(y) != m or any(len(row) != p - 1 for row in X):
        raise ValueError('X must be m x d, y of length m and theta0 of length d + 1')
    if any(v not in (0, 1) for v in y):
        raise ValueError('labels must be 0 or 1')
    if not (l2 >= 0 and math.isfinite(l2)) or not (float(iters).is_integer() and iters >= 0):
        raise ValueError('need l2 >= 0 and a non-negative integer iters')
    Xt = np.hstack([np.ones((m, 1)), np.asarray(X, dtype=float).reshape(m, p - 1)])
    ya = np.asarray(y, dtype=float)
    penalty = np.eye(p) * l2
    penalty[0, 0] = 0.0

    def derivatives(theta: np.ndarray):
        h = 1 / (1 + np.exp(-(Xt @ theta)))
        g = Xt.T @ (h - ya) / m + penalty @ theta
        H = (Xt.T * (h * (1 - h))) @ Xt / m + penalty
        return g, H

    g0, H0 = derivatives(np.asarray(theta0, dtype=float))
    theta = np.asarray(theta0, dtype=float)
    thetas = []
    for t in range(int(iters)):
        g, H = (g0, H0) if t == 0 else derivatives(theta)
        theta = theta - _solve_pivoted(H, g)
        thetas.append(theta.tolist())
    return {'grad': g0.tolist(), 'hessian': H0.tolist(), 'thetas': thetas}
