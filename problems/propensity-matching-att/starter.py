from typing import TypedDict


class PsmResult(TypedDict):
    att: float
    matches: list[int]


def psm_att(ps: list[float], treatment: list[int], y: list[float], caliper: float) -> PsmResult:
    """Match each treated unit (index order) to the nearest control within the caliper (with replacement,
    ties to the lower index, -1 if none); ATT over the matched units (NaN if none)."""
    # TODO
    return {"att": 0.0, "matches": []}
