from typing import Literal, TypedDict


class SplitGain(TypedDict):
    parentImpurity: float
    childImpurities: list[float]
    gain: float


def split_gain(parent: list[float], children: list[list[float]], criterion: Literal["gini", "entropy", "variance"]) -> SplitGain:
    """Impurity of the parent and of each child, and the size-weighted decrease (the gain)."""
    # TODO
    return {"parentImpurity": 0.0, "childImpurities": [0.0 for _ in children], "gain": 0.0}
