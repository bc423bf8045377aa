from typing import TypedDict


class GaussianMle(TypedDict):
    mu: float
    sigma2: float
    sigma2Unbiased: float
    logLik: float


def gaussian_mle(x: list[float]) -> GaussianMle:
    """The MLE mean and variance (divisor n), the unbiased variance (n - 1) and -n/2 (log(2 pi sigma2) + 1)."""
    # TODO
    return {"mu": 0.0, "sigma2": 1.0, "sigma2Unbiased": 1.0, "logLik": 0.0}
