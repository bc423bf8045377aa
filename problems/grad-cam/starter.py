import numpy as np


def grad_cam(activations: list[list[list[float]]], gradients: list[list[list[float]]]) -> list[list[float]]:
    """ReLU(Σ_k mean(G_k)·A_k), then (L − min) / (max(L − min) + 1e-8)."""
    # TODO: channel weights, weighted sum, ReLU, min-max normalization
    return [[0.0] * len(r) for r in activations[0]] if activations else []
