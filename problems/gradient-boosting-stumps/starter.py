from typing import TypedDict

import numpy as np


class Boosted(TypedDict):
    trainMse: list[float]
    predictions: list[float]


def gradient_boosting_stumps(X: list[list[float]], y: list[float], M: int, nu: float, X_test: list[list[float]]) -> Boosted:
    """Gradient boosting for squared loss with least-squares regression stumps (thresholds at midpoints; a later
    candidate wins only if better by more than 1e-9·S0), M rounds, learning rate nu.

    Return {"trainMse": M floats, "predictions": F_M on the rows of X_test}.
    Raise ValueError for empty or ragged X/X_test, a y of the wrong length, M not a non-negative int, or nu <= 0.
    """
    # TODO: F0 = mean(y); each round fit a stump to the residuals and add nu times it
    mean = sum(y) / len(y) if y else 0.0
    return {"trainMse": [0.0] * M, "predictions": [mean] * len(X_test)}
