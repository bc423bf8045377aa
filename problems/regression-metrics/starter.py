from typing import TypedDict

import numpy as np


class RegressionMetrics(TypedDict):
    mse: float
    rmse: float
    mae: float
    r2: float
    mape: float


def regression_metrics(y_true: list[float], y_pred: list[float]) -> RegressionMetrics:
    """MSE, RMSE, MAE, R² (not clipped; constant targets: 1 if perfect else 0) and MAPE in percent with the
    denominator max(|y|, 2**-52). Raise ValueError for empty or unequal arrays.
    """
    # TODO: errors, sums of squares
    return {"mse": 0.0, "rmse": 0.0, "mae": 0.0, "r2": 0.0, "mape": 0.0}
