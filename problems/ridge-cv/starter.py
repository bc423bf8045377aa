from typing import TypedDict

import numpy as np


class RidgeCvResult(TypedDict):
    trainMse: list[float]
    valMse: list[float]
    bestIndex: int


def ridge_cv(X: list[list[float]], y: list[float], alphas: list[float], folds: list[int]) -> RidgeCvResult:
    """Mean training and validation MSE of ridge regression per alpha over the folds, and the index of the best alpha."""
    # TODO: for every alpha and fold, fit ridge on the other folds and measure train and validation MSE
    return {'trainMse': [0.0] * len(alphas), 'valMse': [0.0] * len(alphas), 'bestIndex': 0}
