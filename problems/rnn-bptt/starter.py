from typing import TypedDict

import numpy as np


class RnnGradients(TypedDict):
    loss: float
    dWxh: list[list[float]]
    dWhh: list[list[float]]
    dbh: list[float]
    dWhy: list[list[float]]
    dby: list[float]
    dh0: list[float]


def rnn_bptt(xs: list[list[float]], targets: list[list[float]], h0: list[float], Wxh: list[list[float]], Whh: list[list[float]], bh: list[float], Why: list[list[float]], by: list[float]) -> RnnGradients:
    """Loss ½ Σ_t ‖y_t − target_t‖² of h_t = tanh(Wxh x_t + Whh h_{t−1} + bh), y_t = Why h_t + by,
    and its gradients with respect to every parameter and h0 (backpropagation through time)."""
    # TODO: forward keeping every h_t, then walk back carrying Whhᵀ δz
    z = lambda m: np.zeros_like(np.asarray(m, dtype=float))
    return {"loss": 0.0, "dWxh": z(Wxh), "dWhh": z(Whh), "dbh": z(bh), "dWhy": z(Why), "dby": z(by), "dh0": z(h0)}
