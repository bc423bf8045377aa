from typing import TypedDict

import numpy as np


class Boosted(TypedDict):
    trainMse: list[float]
    predictions: list[float]


def gradient_boosting_regressor(X: list[list[float]], y: list[float], n_estimators: int, learning_rate: float,
                                max_depth: int, Xtest: list[list[float]]) -> Boosted:
    """F0 = mean(y); each stage fits a regression tree of depth <= max_depth to y − F and adds
    learning_rate × its prediction. Return the training MSE after each stage and F(Xtest)."""
    # TODO: the boosting loop
    mean = float(np.mean(y)) if len(y) else 0.0
    return {"trainMse": [], "predictions": [mean] * len(Xtest)}
