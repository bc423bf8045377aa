import numpy as np


def penalties(w, lambda_, alpha):
    if lambda_ < 0 or not 0 <= alpha <= 1:
        raise ValueError('lambda must be >= 0 and alpha in [0, 1]')
    w = np.asarray(w, dtype=float)
    l1, sq = float(np.abs(w).sum()), float(w @ w)
    sign = np.sign(w)  # sign(0) = 0: the minimum-norm subgradient
    return {
        "l1": lambda_ * l1,
        "l2": lambda_ * sq,
        "elasticNet": lambda_ * alpha * l1 + 0.5 * lambda_ * (1 - alpha) * sq,
        "gradL1": lambda_ * sign,
        "gradL2": 2 * lambda_ * w,
        "gradElasticNet": lambda_ * alpha * sign + lambda_ * (1 - alpha) * w,
    }
