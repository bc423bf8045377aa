import math
from typing import TypedDict

import numpy as np


class BatchNormResult(TypedDict):
    y: list[list[float]]
    runningMean: list[float]
    runningVar: list[float]


def batch_norm1d(x: list[list[float]], gamma: list[float], beta: list[float], running_mean: list[float], running_var: list[float], training: bool, momentum: float, eps: float) -> BatchNormResult:
    """BatchNorm1d forward (PyTorch semantics) and the running statistics after it."""
    m = len(x)
    if m == 0:
        raise ValueError('empty batch')
    d = len(x[0])
    if d == 0 or any(len(r) != d for r in x):
        raise ValueError('x must be m x d')
    if any(len(v) != d for v in (gamma, beta, running_mean, running_var)):
        raise ValueError('parameters need one entry per feature')
    if any(not v >= 0 for v in running_var) or not 0 <= momentum <= 1 or not (eps > 0 and math.isfinite(eps)):
        raise ValueError('bad running variance, momentum or eps')
    if training and m < 2:
        raise ValueError('Expected more than 1 value per channel when training')
    X = np.asarray(x, dtype=float)
    rm, rv = np.asarray(running_mean, dtype=float), np.asarray(running_var, dtype=float)
    if training:
        mean, var = X.mean(axis=0), X.var(axis=0)  # biased variance for normalising
    else:
        mean, var = rm, rv
    y = np.asarray(gamma) * (X - mean) / np.sqrt(var + eps) + np.asarray(beta)
    if training:
        rm = (1 - momentum) * rm + momentum * mean
        rv = (1 - momentum) * rv + momentum * var * m / (m - 1)  # unbiased variance is stored
    return {'y': y.tolist(), 'runningMean': rm.tolist(), 'runningVar': rv.tolist()}
