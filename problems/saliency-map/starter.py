import numpy as np


def saliency(x: list[float], W1: list[list[float]], b1: list[float], W2: list[list[float]], b2: list[float], target_class: int) -> list[float]:
    """|∂z_c/∂x| for the logit z_c of h = ReLU(x W1 + b1), z = h W2 + b2 (ReLU′(0) = 0)."""
    # TODO: forward to the ReLU mask, then W1 (mask ⊙ W2[:, c]), absolute value
    return [0.0] * len(x)
