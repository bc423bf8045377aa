from typing import TypedDict

import numpy as np


class QrFactors(TypedDict):
    Q: list[list[float]]
    R: list[list[float]]


def qr(A: list[list[float]]) -> QrFactors:
    """Thin QR of an m x n matrix (m >= n): Q with orthonormal columns, R upper triangular with a non-negative diagonal."""
    m = len(A)
    if m == 0 or len(A[0]) == 0 or any(len(r) != len(A[0]) for r in A):
        raise ValueError('A must be a non-empty m x n matrix')
    M = np.asarray(A, dtype=float)
    if not np.isfinite(M).all():
        raise ValueError('entries must be finite')
    n = M.shape[1]
    if m < n:
        raise ValueError('the thin QR needs m >= n')
    Q, R = np.linalg.qr(M, mode='reduced')  # Householder (LAPACK); signs are arbitrary
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return {'Q': (Q * signs).tolist(), 'R': (R * signs[:, None]).tolist()}
