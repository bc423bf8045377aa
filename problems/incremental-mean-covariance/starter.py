from typing import TypedDict


class RunningStats(TypedDict):
    n: int
    mean: list[float]
    covariance: list[list[float]]


def streaming_covariance(batches: list[list[list[float]]]) -> RunningStats:
    """Merge the batches one at a time into (n, mean, centred scatter); covariance = scatter / (n − 1)."""
    # TODO
    return {"n": 0, "mean": [], "covariance": []}
