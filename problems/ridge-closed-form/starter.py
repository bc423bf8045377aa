from typing import TypedDict

import numpy as np


class LinearFit(TypedDict):
    weights: list[float]
    bias: float


def ridge_fit(X: list[list[float]], y: list[float], alpha: float) -> LinearFit:
    """Ridge regression (sum of squared residuals + alpha·||w||², intercept unpenalised) in closed form on centred data.

    Return {"weights": d floats, "bias": float}. Raise ValueError when alpha = 0 and Xc.T Xc is singular.
    """
    # TODO: centre; solve (Xc.T Xc + alpha I) w = Xc.T yc; b = mean(y) - mean(X) · w
    return {"weights": [0.0] * len(X[0]), "bias": 0.0}
