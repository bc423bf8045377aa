from typing import TypedDict

import numpy as np


class Dice(TypedDict):
    squared: float
    linear: float


def dice_loss(pred: list[float], target: list[float], eps: float) -> Dice:
    """1 − (2Σpg + ε)/(Σp² + Σg² + ε) and 1 − (2Σpg + ε)/(Σp + Σg + ε)."""
    # TODO: the overlap, the two denominators, the smoothing
    return {"squared": 0.0, "linear": 0.0}
