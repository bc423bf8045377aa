from typing import TypedDict

import numpy as np


class Eigen(TypedDict):
    values: list[float]
    vectors: list[list[float]]


def sym_eig(S: list[list[float]]) -> Eigen:
    """Eigenvalues (descending) and orthonormal eigenvectors (as columns) of a symmetric matrix, by Jacobi rotations."""
    # TODO: rotate away the off-diagonal entries, accumulating the rotations in V
    n = len(S)
    return {"values": [0.0] * n, "vectors": [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]}
