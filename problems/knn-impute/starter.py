import numpy as np


def knn_impute(X: list[list[float]], k: int) -> list[list[float]]:
    """Fill each NaN with the mean of that feature over the k nearest rows that have it (nan-Euclidean distance
    scaled by p / shared coordinates); no donor → the column mean."""
    # TODO
    A = np.asarray(X, dtype=float)
    return np.where(np.isnan(A), 0.0, A)
