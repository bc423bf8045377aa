from typing import TypedDict

import numpy as np


class Huber(TypedDict):
    loss: float
    grad: list[float]


def huber_loss(y_true: list[float], y_pred: list[float], delta: float) -> Huber:
    """Mean Huber loss (½e² inside δ, δ|e| − ½δ² outside) and its gradient with respect to y_pred."""
    # TODO: e = y_pred − y_true; the gradient clips e to [−δ, δ] and divides by n
    return {"loss": 0.0, "grad": [0.0] * len(y_pred)}
