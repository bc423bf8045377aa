from typing import TypedDict

import numpy as np


class LinearFit(TypedDict):
    weights: list[float]
    bias: float


def normal_equation(X: list[list[float]], y: list[float]) -> LinearFit:
    """Ordinary least squares with an intercept, solving the normal equations with a proper solver.

    Return {"weights": d floats, "bias": float}. Raise ValueError when the columns of [1, X] are linearly dependent.
    """
    # TODO: prepend a column of ones, solve (Xb.T Xb) theta = Xb.T y
    d = len(X[0]) if X else 0
    return {"weights": [0.0] * d, "bias": 0.0}
