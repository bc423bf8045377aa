import numpy as np


def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float) -> list[list[float]]:
    """Normalize each row of x over its features (biased variance, eps inside the square root), then scale by gamma
    and shift by beta. Return an n×d matrix.
    """
    # TODO: (x - mean) / sqrt(var + eps) * gamma + beta, row by row
    return [list(row) for row in x]
