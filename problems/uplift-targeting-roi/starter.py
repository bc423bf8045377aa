from typing import TypedDict


class Roi(TypedDict):
    roi: float
    nTargeted: int
    incrementalConversions: float


def targeting_roi(uplift_scores: list[float], treatment_cost: float, conversion_value: float, percentile: float) -> Roi:
    """Target every score >= the linear-interpolation percentile at 100 (1 - percentile); ROI = (revenue - cost) / cost (0 when cost is 0)."""
    # TODO
    return {"roi": 0.0, "nTargeted": 0, "incrementalConversions": 0.0}
