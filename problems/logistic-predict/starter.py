from typing import TypedDict


class LogisticOutput(TypedDict):
    proba: list[float]
    logOdds: list[float]
    labels: list[int]
    oddsRatios: list[float]


def logistic_predict(X: list[list[float]], beta0: float, beta: list[float], threshold: float) -> LogisticOutput:
    """z = beta0 + x·beta, p = σ(z), label = p > threshold, odds ratios e^beta."""
    # TODO
    return {"proba": [0.5] * len(X), "logOdds": [0.0] * len(X), "labels": [0] * len(X), "oddsRatios": [1.0] * len(beta)}
