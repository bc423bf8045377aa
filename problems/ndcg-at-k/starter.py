from typing import TypedDict


class NdcgResult(TypedDict):
    perQuery: list[float]
    mean: float


def ndcg_at_k(scores: list[list[float]], relevance: list[list[float]], k: int, gain: str) -> NdcgResult:
    """NDCG@k of every query (items ranked by score, ties in input order) and their mean.

    gain is 'linear' (g(r) = r) or 'exponential' (g(r) = 2^r - 1); raise ValueError on bad input.
    """
    # TODO: DCG@k of the ranked relevances divided by the DCG@k of the ideal order (0 when that is 0)
    return {"perQuery": [0.0 for _ in scores], "mean": 0.0}
