from typing import TypedDict

import numpy as np


class AdaBoostResult(TypedDict):
    stumps: list[list[float]]
    alphas: list[float]
    weights: list[float]
    predictions: list[int]


def adaboost(X: list[list[float]], y: list[int], T: int, X_test: list[list[float]]) -> AdaBoostResult:
    """Discrete AdaBoost with decision stumps [j, threshold, polarity] for at most T rounds (labels are -1/+1).

    Return {"stumps", "alphas", "weights" (the final distribution), "predictions" for X_test (sign(0) = +1)}.
    Raise ValueError for labels other than -1/+1 or when X and y differ in length.
    """
    # TODO: best stump by weighted error (ties: lowest j, lowest threshold, +1 first), alpha, re-weighting
    n = len(X)
    return {"stumps": [], "alphas": [], "weights": [1.0 / n] * n if n else [], "predictions": [1] * len(X_test)}
