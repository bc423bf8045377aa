from typing import TypedDict

import numpy as np


class RNNOutput(TypedDict):
    hs: list[list[float]]
    ys: list[list[float]]


def rnn_forward(xs: list[list[float]], h0: list[float], W_xh: list[list[float]], W_hh: list[list[float]], b_h: list[float],
                W_hy: list[list[float]], b_y: list[float]) -> RNNOutput:
    """Elman RNN over xs (matrices are row = output unit): h_t = tanh(W_xh x_t + W_hh h_{t-1} + b_h), y_t = W_hy h_t + b_y.

    Return {"hs": T×H, "ys": T×O}. Raise ValueError for inconsistent shapes.
    """
    # TODO: one step per row of xs
    return {"hs": [list(h0) for _ in xs], "ys": [list(b_y) for _ in xs]}
