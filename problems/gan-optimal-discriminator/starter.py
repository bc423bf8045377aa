from typing import TypedDict

import numpy as np


class OptimalD(TypedDict):
    dStar: list[float]
    value: float
    jsd: float


def optimal_discriminator(p_data: list[float], p_g: list[float]) -> OptimalD:
    """D* = p_data/(p_data + p_g) per point (NaN where both are 0), V(D*, G) and JSD, natural logs."""
    # TODO: D*, the value with 0·log 0 = 0, and the Jensen–Shannon divergence
    return {"dStar": [0.5] * len(p_data), "value": 0.0, "jsd": 0.0}
