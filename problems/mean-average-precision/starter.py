from typing import TypedDict


class MapResult(TypedDict):
    ap: list[float]
    map: float


def mean_average_precision(relevance: list[list[int]], total_relevant: list[int], k: int) -> MapResult:
    """AP@k of every query, (1/R) * sum of precision@i at the relevant positions i <= k, and their mean."""
    # TODO: divide by the total number of relevant items R of each query (AP = 0 when R = 0)
    return {"ap": [0.0 for _ in relevance], "map": 0.0}
