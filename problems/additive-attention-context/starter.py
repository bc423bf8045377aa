from typing import TypedDict

import numpy as np


class AdditiveAttention(TypedDict):
    scores: list[float]
    weights: list[float]
    context: list[float]


def additive_attention(s: list[float], H: list[list[float]], Ws: list[list[float]], Wh: list[list[float]], b: list[float], v: list[float]) -> AdditiveAttention:
    """Bahdanau attention: e_j = vᵀ tanh(Ws s + Wh h_j + b), weights = softmax(e), context = Σ_j weights_j h_j.

    Return {"scores": S floats, "weights": S floats, "context": d_h floats}.
    """
    # TODO: score every encoder output, softmax over the positions, weighted sum of the outputs
    return {"scores": [0.0] * len(H), "weights": [0.0] * len(H), "context": [0.0] * len(H[0]) if H else []}
