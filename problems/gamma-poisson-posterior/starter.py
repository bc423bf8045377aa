from typing import TypedDict


class GammaPoisson(TypedDict):
    alphaPost: float
    betaPost: float
    mean: float
    map: float
    predictive: list[float]


def gamma_poisson(counts: list[int], alpha: float, beta: float, k_query: list[int]) -> GammaPoisson:
    """Posterior Gamma(alpha + sum x, beta + n) (rate), its mean and mode, and the negative-binomial predictive P(k)."""
    # TODO
    return {"alphaPost": alpha, "betaPost": beta, "mean": alpha / beta, "map": 0.0, "predictive": [0.0 for _ in k_query]}
