from typing import TypedDict

import numpy as np


class StabilityResult(TypedDict):
    lambdaMax: float
    lrMax: float
    lossBelow: float
    lossAbove: float


def max_stable_lr(X: list[list[float]], y: list[float], v0: list[float], iters: int, steps: int) -> StabilityResult:
    """Power-iteration estimate of the top Hessian eigenvalue, 2 / lambda, and the losses of gradient descent at 0.9 and 1.1 times that."""
    # TODO: power iteration on H = X^T X / m, lrMax = 2 / lambda, then gradient descent at 0.9 and 1.1 times lrMax
    return {'lambdaMax': 1.0, 'lrMax': 2.0, 'lossBelow': 0.0, 'lossAbove': 0.0}
