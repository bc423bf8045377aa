from typing import TypedDict

import numpy as np


class Explanation(TypedDict):
    intercept: float
    weights: list[float]
    sampleWeights: list[float]
    score: float


def lime_explain(Z: list[list[float]], fz: list[float], x: list[float], kernel_width: float, ridge: float) -> Explanation:
    """Fit LIME's proximity-weighted ridge surrogate around x; return its intercept, weights, the sample weights and the weighted R²."""
    # TODO: π = exp(−‖z − x‖²/σ²), then a weighted ridge that does not penalise the intercept
    return {"intercept": 0.0, "weights": [0.0] * len(x), "sampleWeights": [0.0] * len(Z), "score": 0.0}
