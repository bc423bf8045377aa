from typing import TypedDict

import numpy as np


class Pooled(TypedDict):
    context: list[list[float]]
    weights: list[list[float]]


def attention_pooling(H: list[list[list[float]]], w: list[float], b: float, lengths: list[int] | None) -> Pooled:
    """Per sequence: scores w·h_t + b, softmax over the real time steps, context = Σ_t α_t h_t.

    Return {"context": B×d, "weights": B×T (0 on padding)}.
    """
    # TODO: score, mask the padding, softmax over time, weighted average
    return {"context": [[0.0] * len(w) for _ in H], "weights": [[0.0] * len(seq) for seq in H]}
