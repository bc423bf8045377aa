from typing import Literal, TypedDict

import numpy as np


class Init(TypedDict):
    scale: float
    weights: list[list[float]]


def init_weights(fan_in: int, fan_out: int, kind: Literal["glorot_normal", "glorot_uniform", "he_normal", "he_uniform"], draws: list[float]) -> Init:
    """Variance 2/(fan_in + fan_out) (Glorot) or 2/fan_in (He); normal kinds scale the draws by the std,
    uniform kinds map u to limit·(2u − 1) with limit = √(3·variance)."""
    # TODO: pick the variance, turn it into a scale, reshape the draws to fan_in × fan_out
    return {"scale": 0.0, "weights": [[0.0] * fan_out for _ in range(fan_in)]}
