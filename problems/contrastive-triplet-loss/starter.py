from typing import TypedDict

import numpy as np


class MetricLosses(TypedDict):
    contrastive: float
    triplet: float


def metric_losses(x1: list[list[float]], x2: list[list[float]], similar: list[int], margin: float, anchor: list[list[float]], positive: list[list[float]], negative: list[list[float]], alpha: float) -> MetricLosses:
    """½ Σ [y d² + (1 − y) max(0, m − d)²] over the pairs, and Σ max(0, d(a, p) − d(a, n) + α) over the triplets.

    d is the plain Euclidean distance. Return {"contrastive": float, "triplet": float}.
    """
    # TODO: distances, then the two hinge-style sums
    return {"contrastive": 0.0, "triplet": 0.0}
