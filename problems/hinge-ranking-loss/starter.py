from typing import TypedDict


class HingeLosses(TypedDict):
    hinge: float
    ranking: float


def hinge_losses(y: list[int], scores: list[float], pairs: list[list[int]], item_scores: list[float]) -> HingeLosses:
    """Σ max(0, 1 − y·score) over ±1 labels, and Σ over pairs (i, j) of max(0, 1 − (s_i − s_j))."""
    # TODO: the two sums
    return {"hinge": 0.0, "ranking": 0.0}
