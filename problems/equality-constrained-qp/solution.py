from typing import TypedDict

import numpy as np

# 'lambda' is a Python keyword, hence the functional TypedDict syntax
QpSolution = TypedDict('QpSolution', {'x': list[float], 'lambda': list[float]})


def eq_constrained_qp(Q: list[list[float]], c: list[float], A: list[list[float]], b: list[float]) -> QpSolution:
    """The minimiser x of 1/2 x^T Q x + c^T x subject to A x = b, and its multipliers."""
    n, k = len(c), len(b)
    if n == 0 or len(Q) != n or any(len(r) != n for r in Q):
        raise ValueError('Q must be n x n')
    if len(A) != k or any(len(r) != n for r in A):
        raise ValueError('A must be k x n')
    Qa = np.asarray(Q, dtype=float)
    if np.abs(Qa - Qa.T).max() > 1e-9 * np.abs(Qa).max():
        raise ValueError('Q must be symmetric')
    Aa = np.asarray(A, dtype=float).reshape(k, n)
    K = np.block([[Qa, Aa.T], [Aa, np.zeros((k, k))]])
    rhs = np.concatenate([-np.asarray(c, dtype=float), np.asarray(b, dtype=float)])
    # Gaussian elimination with partial pivoting, singular when a pivot <= 1e-10 max|K|
    N = n + k
    M = np.hstack([K, rhs[:, None]])
    scale = np.abs(K).max()
    for j in range(N):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        M[[j, p]] = M[[p, j]]
        if abs(M[j, j]) <= 1e-10 * scale:
            raise ValueError('the KKT matrix is singular')
        M[j + 1:] -= np.outer(M[j + 1:, j] / M[j, j], M[j])
    sol = np.zeros(N)
    for i in range(N - 1, -1, -1):
        sol[i] = (M[i, N] - M[i, i + 1:N] @ sol[i + 1:]) / M[i, i]
    return {'x': sol[:n].tolist(), 'lambda': sol[n:].tolist()}
