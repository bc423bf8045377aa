from typing import TypedDict


class Mixture(TypedDict):
    weights: list[float]
    means: list[list[float]]
    covs: list[list[list[float]]]
    logLikHistory: list[float]


def gmm_em(X: list[list[float]], weights0: list[float], means0: list[list[float]], covs0: list[list[list[float]]],
           n_iter: int, reg_covar: float) -> Mixture:
    """n_iter rounds of E-step (log-space responsibilities, log-likelihood recorded) and M-step (weights, means,
    covariances divided by N_k, plus reg_covar·I)."""
    # TODO: the EM loop
    return {"weights": list(weights0), "means": [list(m) for m in means0], "covs": [[list(r) for r in S] for S in covs0], "logLikHistory": []}
