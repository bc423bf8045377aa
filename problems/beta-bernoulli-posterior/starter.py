from typing import TypedDict


class BetaBernoulli(TypedDict):
    aPost: float
    bPost: float
    mle: float
    map: float
    mean: float
    variance: float


def beta_bernoulli(x: list[int], a: float, b: float) -> BetaBernoulli:
    """Posterior Beta(a + k, b + n - k), the MLE k/n, the posterior mode (boundary cases as stated), mean and variance."""
    # TODO
    return {"aPost": a, "bPost": b, "mle": 0.0, "map": 0.0, "mean": 0.0, "variance": 0.0}
