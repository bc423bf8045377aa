from typing import TypedDict

import numpy as np


class BatchNormResult(TypedDict):
    y: list[list[float]]
    runningMean: list[float]
    runningVar: list[float]


def batch_norm1d(x: list[list[float]], gamma: list[float], beta: list[float], running_mean: list[float], running_var: list[float], training: bool, momentum: float, eps: float) -> BatchNormResult:
    """BatchNorm1d forward (PyTorch semantics) and the running statistics after it."""
    # TODO: batch statistics and running-statistics update in training mode, running statistics in eval mode
    return {'y': [list(r) for r in x], 'runningMean': list(running_mean), 'runningVar': list(running_var)}
