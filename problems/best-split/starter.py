from typing import Literal, TypedDict

import numpy as np


class Split(TypedDict):
    feature: int
    threshold: float
    gain: float


def best_split(X: list[list[float]], y: list[float], criterion: Literal['gini', 'entropy'], min_samples_leaf: int) -> Split:
    """The split "X[:, feature] <= threshold" with the largest impurity decrease (midpoints of distinct values;
    ties within 1e-12: lowest feature, then lowest threshold). No helpful split: {"feature": -1, "threshold": nan, "gain": 0}.

    Raise ValueError for empty or ragged X, a label count that differs from the rows, min_samples_leaf < 1, or
    an unknown criterion.
    """
    # TODO: impurity of the parent and of both children for every candidate threshold
    return {"feature": 0, "threshold": 0.0, "gain": 0.0}
