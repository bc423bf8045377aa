import math
from typing import TypedDict

import numpy as np


class LuResult(TypedDict):
    x: list[float]
    det: float


def lu_solve(A: list[list[float]], b: list[float]) -> LuResult:
    """The solution of A x = b and det(A) by LU with partial pivoting (x all NaN and det 0 when A is singular)."""
    n = len(A)
    if n == 0 or any(len(r) != n for r in A) or len(b) != n:
        raise ValueError('A must be square and b must match it')
    M = np.hstack([np.asarray(A, dtype=float), np.asarray(b, dtype=float)[:, None]])
    if not np.isfinite(M).all():
        raise ValueError('entries must be finite')
    scale = np.abs(M[:, :n]).max()
    det = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))  # first maximum: ties keep the lowest row
        if abs(M[p, k]) <= 1e-12 * scale:
            return {'x': [math.nan] * n, 'det': 0.0}
        if p != k:
            M[[k, p]] = M[[p, k]]
            det = -det
        det *= M[k, k]
        M[k + 1:] -= np.outer(M[k + 1:, k] / M[k, k], M[k])
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (M[i, n] - M[i, i + 1:n] @ x[i + 1:]) / M[i, i]
    return {'x': x.tolist(), 'det': float(det)}
