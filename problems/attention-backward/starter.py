from typing import TypedDict

import numpy as np


class AttentionGrads(TypedDict):
    dQ: list[list[float]]
    dK: list[list[float]]
    dV: list[list[float]]


def attention_backward(Q: list[list[float]], K: list[list[float]], V: list[list[float]], d_out: list[list[float]], causal: bool) -> AttentionGrads:
    """Gradients of O = softmax(QKᵀ/√d (+ causal mask)) V with respect to Q, K and V, given d_out = ∂L/∂O.

    Return {"dQ": n×d, "dK": m×d, "dV": m×d_v}.
    """
    # TODO: recompute the weights, then back-propagate through AV, the row softmax and QKᵀ/√d
    return {"dQ": [[0.0] * len(r) for r in Q], "dK": [[0.0] * len(r) for r in K], "dV": [[0.0] * len(r) for r in V]}
