import numpy as np


def gcn_layer(A: list[list[float]], H: list[list[float]], W: list[list[float]]) -> list[list[float]]:
    """ReLU(D̃^{-1/2} (A + I) D̃^{-1/2} H W) for a symmetric, non-negative adjacency A."""
    # TODO: add self-loops, normalize symmetrically by the degrees, aggregate HW, ReLU
    return [[0.0] * len(W[0]) for _ in H] if W else []
