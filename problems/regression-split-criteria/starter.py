from typing import TypedDict

import numpy as np


class RegressionSplit(TypedDict):
    feature: int
    threshold: float
    childImpurity: float
    parentImpurity: float


def best_regression_split(X: list[list[float]], y: list[float], criterion: str, min_samples_leaf: int) -> RegressionSplit:
    """The midpoint split with the smallest size-weighted child MSE (around the mean) or MAE (around the median).
    No useful split: feature -1, threshold NaN, both impurities = the parent's.
    """
    # TODO: scan every feature's midpoints and keep the smallest weighted child impurity
    return {"feature": -1, "threshold": float("nan"), "childImpurity": 0.0, "parentImpurity": 0.0}
