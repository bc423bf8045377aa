from typing import TypedDict

import numpy as np


class KMeansResult(TypedDict):
    centroids: list[list[float]]
    labels: list[int]
    inertia: float
    nIter: int


def kmeans(X: list[list[float]], init_centroids: list[list[float]], max_iters: int, tol: float) -> KMeansResult:
    """Lloyd's algorithm from the given centroids (ties to the lowest index, an empty cluster keeps its centroid).

    Return {"centroids": k×d, "labels": n ints in 0..k-1, "inertia": float, "nIter": int}.
    """
    # TODO: repeat assign / update / stop test; then recompute labels and inertia
    centroids = [list(c) for c in init_centroids]
    return {"centroids": centroids, "labels": [0] * len(X), "inertia": 0.0, "nIter": 0}
