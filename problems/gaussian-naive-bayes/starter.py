from typing import TypedDict

import numpy as np


class NaiveBayes(TypedDict):
    classes: list[float]
    logJoint: list[list[float]]
    logProba: list[list[float]]
    pred: list[float]


def gaussian_nb(X: list[list[float]], y: list[float], X_test: list[list[float]], var_smoothing: float) -> NaiveBayes:
    """Gaussian naive Bayes fit on (X, y) and applied to X_test, all in log space (population variances plus
    var_smoothing · the largest column variance of X).

    Return {"classes" (ascending), "logJoint", "logProba", "pred" (ties to the smallest class)}.
    Raise ValueError for empty X, mismatched lengths or columns, var_smoothing < 0, or a zero smoothed variance.
    """
    # TODO: per-class priors, means and variances; sum of log-densities; log-sum-exp
    return {"classes": sorted(set(y)), "logJoint": [], "logProba": [], "pred": []}
