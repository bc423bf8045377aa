from typing import TypedDict


class CltResult(TypedDict):
    z: list[float]
    coverage95: float
    runningMean: list[float]


def clt_standardize(samples: list[list[float]], mu: float, sigma2: float) -> CltResult:
    """Z = (sum x - n mu) / sqrt(n sigma2) per row, the share with |Z| <= 1.96, and the running mean of row 0."""
    # TODO
    return {"z": [0.0 for _ in samples], "coverage95": 1.0, "runningMean": [0.0 for _ in (samples[0] if samples else [])]}
