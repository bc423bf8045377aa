from typing import TypedDict


class MrfResult(TypedDict):
    logZ: float
    marginals: list[float]


def mrf_partition(unary: list[list[float]], edges: list[list[int]], pairwise: list[list[list[float]]]) -> MrfResult:
    """log Z of the pairwise binary MRF by enumerating every assignment in log space, and every P(x_i = 1)."""
    # TODO
    return {"logZ": 0.0, "marginals": [0.5 for _ in unary]}
