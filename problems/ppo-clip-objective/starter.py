from typing import TypedDict

import numpy as np


class PpoResult(TypedDict):
    objective: float
    clipFraction: float
    grad: list[float]


def ppo_clip(logp_new: list[float], logp_old: list[float], adv: list[float], eps: float) -> PpoResult:
    """The mean clipped surrogate objective, the share of samples the clip switches off, and the gradient in logp_new."""
    # TODO: ratio = exp(logp_new - logp_old); mean of min(ratio * A, clip(ratio) * A); gradient per sample
    return {'objective': 0.0, 'clipFraction': 0.0, 'grad': [0.0] * len(logp_new)}
