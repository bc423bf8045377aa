from typing import TypedDict


class Silhouette(TypedDict):
    mean: float
    samples: list[float]


def silhouette(X: list[list[float]], labels: list[int]) -> Silhouette:
    """s(i) = (b − a) / max(a, b) per point (0 for singletons and for a = b = 0), and their mean."""
    # TODO: a from the point's own cluster, b from the nearest other cluster
    return {"mean": 0.0, "samples": [0.0] * len(X)}
