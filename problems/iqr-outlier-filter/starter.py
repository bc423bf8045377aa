from typing import TypedDict

import numpy as np


class IqrResult(TypedDict):
    kept: list[int]
    fences: list[list[float]]


def iqr_filter(X: list[list[float]], k: float) -> IqrResult:
    """The rows with no value outside its column's Tukey fences, and the [lower, upper] fences per column."""
    # TODO: per column, interpolated Q1 and Q3 of the non-NaN values, fences Q1 - k IQR and Q3 + k IQR
    return {'kept': list(range(len(X))), 'fences': [[-np.inf, np.inf] for _ in (X[0] if X else [])]}
