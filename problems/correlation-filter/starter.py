from typing import TypedDict

import numpy as np


class Correlations(TypedDict):
    corr: list[list[float]]
    pairs: list[list[int]]


def correlation_pairs(X: list[list[float]], threshold: float) -> Correlations:
    """The Pearson correlation matrix of the columns and the pairs a < b with |r| above the threshold."""
    # TODO: Pearson correlation of every pair of columns, then the pairs a < b with |r| > threshold
    p = len(X[0]) if X else 0
    return {'corr': np.eye(p).tolist(), 'pairs': []}
