import math

import numpy as np


def matrix_rank(A: list[list[float]], tol: float | None = None) -> int:
    """The number of pivots larger than the tolerance in Gaussian elimination with partial pivoting."""
    m = len(A)
    if m == 0 or len(A[0]) == 0 or any(len(r) != len(A[0]) for r in A):
        raise ValueError('A must be a non-empty m x n matrix')
    M = np.array(A, dtype=float)
    if not np.isfinite(M).all():
        raise ValueError('entries must be finite')
    if tol is not None and not (tol >= 0 and math.isfinite(tol)):
        raise ValueError('tol must be a finite number >= 0')
    n = M.shape[1]
    threshold = tol if tol is not None else max(m, n) * np.finfo(float).eps * np.abs(M).max()
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(M[row:, col])))
        if abs(M[p, col]) <= threshold:
            continue  # no pivot here: the current row stays
        M[[row, p]] = M[[p, row]]
        M[row + 1:, col:] -= np.outer(M[row + 1:, col] / M[row, col], M[row, col:])
        row += 1
    return row
