from typing import TypedDict

import numpy as np


class EStep(TypedDict):
    resp: list[list[float]]
    logLik: float


def gmm_e_step(X: list[list[float]], weights: list[float], means: list[list[float]], covs: list[list[list[float]]]) -> EStep:
    """Responsibilities γ_ik (rows sum to 1) computed in log space, and the data log-likelihood."""
    # TODO: log π_k + log N(x_i | μ_k, Σ_k), then log-sum-exp per row
    K = len(weights)
    return {"resp": [[1.0 / K] * K for _ in X], "logLik": 0.0}
