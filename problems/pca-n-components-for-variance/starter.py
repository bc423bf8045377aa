from typing import TypedDict


class ComponentCounts(TypedDict):
    ratios: list[float]
    cumulative: list[float]
    countAtLeast: int
    countAbove: int


def components_for_variance(eigenvalues: list[float], tau: float) -> ComponentCounts:
    """Explained-variance ratios, their running sum, and the first k with cumulative >= tau and with > tau
    (all components when none qualifies)."""
    # TODO
    return {"ratios": [], "cumulative": [], "countAtLeast": 1, "countAbove": 1}
