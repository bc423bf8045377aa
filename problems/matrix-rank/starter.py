import numpy as np


def matrix_rank(A: list[list[float]], tol: float | None = None) -> int:
    """The number of pivots larger than the tolerance in Gaussian elimination with partial pivoting."""
    # TODO: eliminate with partial pivoting and count the pivots larger than the tolerance
    return min(len(A), len(A[0]) if A else 0)
