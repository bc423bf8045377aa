from typing import TypedDict


class Reconstruction(TypedDict):
    scores: list[list[float]]
    reconstruction: list[list[float]]
    mse: float


def pca_reconstruct(X: list[list[float]], mean: list[float], components: list[list[float]]) -> Reconstruction:
    """Z = (X − mean)·Vᵀ, X̂ = Z·V + mean, and the mean squared error over all n·p entries."""
    # TODO
    return {"scores": [[0.0] * len(components) for _ in X], "reconstruction": [list(mean) for _ in X], "mse": 0.0}
