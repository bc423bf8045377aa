import numpy as np


def softmax_jacobian(z: list[float]) -> list[list[float]]:
    """The k×k Jacobian J[i][j] = ∂s_i/∂z_j of s = softmax(z)."""
    # TODO: compute s = softmax(z) stably, then J = diag(s) − s sᵀ
    return [[0.0 for _ in z] for _ in z]
