from typing import TypedDict

import numpy as np


class QrFactors(TypedDict):
    Q: list[list[float]]
    R: list[list[float]]


def qr(A: list[list[float]]) -> QrFactors:
    """Thin QR of an m x n matrix (m >= n): Q with orthonormal columns, R upper triangular with a non-negative diagonal."""
    # TODO: orthonormal columns Q (m x n) and upper-triangular R (n x n) with a non-negative diagonal, A = QR
    n = len(A[0]) if A else 0
    return {'Q': [list(r) for r in A], 'R': np.eye(n).tolist()}
