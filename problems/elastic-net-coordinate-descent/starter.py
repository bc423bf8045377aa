from typing import TypedDict

import numpy as np


class ElasticNetFit(TypedDict):
    coef: list[float]
    intercept: float


def elastic_net_cd(X: list[list[float]], y: list[float], alpha: float, l1_ratio: float, max_iter: int, tol: float) -> ElasticNetFit:
    """Elastic net (scikit-learn's parameterisation) by cyclic coordinate descent with soft-thresholding on centred
    data; unpenalised intercept. Return {"coef": p floats (exact zeros where the optimum is 0), "intercept"}.

    Raise ValueError for empty or ragged X, a y of the wrong length, alpha < 0 or l1_ratio outside [0, 1].
    """
    # TODO: centre, then sweeps of soft-threshold updates until the largest change is below tol
    return {"coef": [0.0] * (len(X[0]) if X else 0), "intercept": 0.0}
