from typing import TypedDict


class BinomialPmf(TypedDict):
    pmf: list[float]
    logPmf: list[float]


def binomial_pmf(k: list[float], n: int, p: float) -> BinomialPmf:
    """P(X = k) and log P(X = k) for X ~ Binomial(n, p), in log space; impossible k give 0 and -inf."""
    # TODO
    return {"pmf": [0.0 for _ in k], "logPmf": [float("-inf") for _ in k]}
