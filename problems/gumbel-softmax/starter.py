from typing import TypedDict

import numpy as np


class GumbelSample(TypedDict):
    soft: list[list[float]]
    hard: list[list[int]]


def gumbel_softmax(logits: list[list[float]], u: list[list[float]], tau: float) -> GumbelSample:
    """soft = softmax((logits + g)/τ) with g = −log(−log u) (u clipped to [1e-10, 1 − 1e-10]);
    hard = one-hot argmax of logits + g (ties → lower index)."""
    # TODO: Gumbel noise, tempered softmax, one-hot argmax
    return {"soft": [[0.0] * len(r) for r in logits], "hard": [[0] * len(r) for r in logits]}
