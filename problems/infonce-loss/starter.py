import numpy as np


def info_nce(A: list[list[float]], B: list[list[float]], tau: float) -> float:
    """Mean over i of −log softmax(S_i)_i with S_ij = cos(a_i, b_j)/τ (rows normalized by max(‖x‖, 1e-12))."""
    # TODO: normalize the rows, cosine logits, cross-entropy with the diagonal as the target
    return 0.0
