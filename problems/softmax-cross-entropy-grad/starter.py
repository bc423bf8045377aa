from typing import TypedDict

import numpy as np


class LossAndGradient(TypedDict):
    loss: float
    dLogits: list[list[float]]


def softmax_cross_entropy(logits: list[list[float]], y_one_hot: list[list[float]]) -> LossAndGradient:
    """Mean softmax cross-entropy of the batch and its gradient (p - y) / m, from a stable log-softmax.

    Return {"loss": float, "dLogits": m×K}. Raise ValueError for an empty batch or shapes that differ.
    """
    # TODO: log p = z - max - log(sum(exp(z - max))), row by row
    return {"loss": 0.0, "dLogits": [[0.0] * len(row) for row in logits]}
