import numpy as np


def focal_loss(y: list[int], p: list[float], alpha: float, gamma: float) -> float:
    """Mean of −α_t (1 − p_t)^γ log p_t, with p clipped to [1e-7, 1 − 1e-7]."""
    # TODO: p_t and α_t per example, then the mean
    return 0.0
