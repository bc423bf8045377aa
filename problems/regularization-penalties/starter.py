from typing import TypedDict

import numpy as np


class Penalties(TypedDict):
    l1: float
    l2: float
    elasticNet: float
    gradL1: list[float]
    gradL2: list[float]
    gradElasticNet: list[float]


def penalties(w: list[float], lambda_: float, alpha: float) -> Penalties:
    """L1 (lambda·Σ|w|), L2 (lambda·Σw²) and elastic-net (lambda·[alpha·Σ|w| + (1-alpha)/2·Σw²]) penalties and their
    (sub)gradients, with sign(0) = 0. Raise ValueError if lambda_ < 0 or alpha is outside [0, 1].
    """
    # TODO: values and gradients
    d = len(w)
    return {"l1": 0.0, "l2": 0.0, "elasticNet": 0.0, "gradL1": [0.0] * d, "gradL2": [0.0] * d, "gradElasticNet": [0.0] * d}
