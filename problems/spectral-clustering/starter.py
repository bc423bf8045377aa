from typing import TypedDict


class Spectral(TypedDict):
    eigenvalues: list[float]
    labels: list[int]


def spectral_clustering(X: list[list[float]], sigma: float, k: int, init_idx: list[int]) -> Spectral:
    """Gaussian similarity graph, L = D − W, eigenvectors of the k smallest eigenvalues as the embedding,
    then k-means on the embedded rows started from the rows init_idx."""
    # TODO: graph, Laplacian, eigendecomposition, k-means
    return {"eigenvalues": [0.0] * k, "labels": [0] * len(X)}
