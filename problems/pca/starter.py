from typing import TypedDict

import numpy as np


class PCAResult(TypedDict):
    components: list[list[float]]
    explainedVariance: list[float]
    explainedVarianceRatio: list[float]
    scores: list[list[float]]
    mean: list[float]


def pca(X: list[list[float]], k: int) -> PCAResult:
    """PCA of the centred data from the eigendecomposition of the sample covariance (divisor n-1), top k by eigenvalue.

    Return {"components": k×d unit rows, "explainedVariance", "explainedVarianceRatio" (of the total variance),
    "scores": n×k, "mean": d}. A component's sign is free if its scores column matches. Raise ValueError if n < 2.
    """
    # TODO: centre, covariance, symmetric eigendecomposition, sort descending
    d = len(X[0]) if X else 0
    return {"components": [[0.0] * d for _ in range(k)], "explainedVariance": [0.0] * k,
            "explainedVarianceRatio": [0.0] * k, "scores": [[0.0] * k for _ in X], "mean": [0.0] * d}
