from typing import TypedDict

import numpy as np


class LSTMOutput(TypedDict):
    hs: list[list[float]]
    cT: list[float]


def lstm_forward(xs: list[list[float]], h0: list[float], c0: list[float], W_ih: list[list[float]], W_hh: list[list[float]],
                 b_ih: list[float], b_hh: list[float]) -> LSTMOutput:
    """A single-layer LSTM over xs with PyTorch's packing (gate rows i, f, g, o); both biases are added.

    Return {"hs": T×H (h_1..h_T), "cT": H}; T = 0 gives {"hs": [], "cT": c0}. Raise ValueError for inconsistent shapes.
    """
    # TODO: a = W_ih x + b_ih + W_hh h + b_hh; c = f*c + i*g; h = o*tanh(c)
    return {"hs": [list(h0) for _ in xs], "cT": list(c0)}
