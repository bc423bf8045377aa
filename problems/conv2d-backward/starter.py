from typing import TypedDict

import numpy as np


class ConvGrads(TypedDict):
    dX: list[list[list[float]]]
    dW: list[list[list[list[float]]]]
    db: list[float]


def conv2d_backward(x: list[list[list[float]]], w: list[list[list[list[float]]]], stride: int, padding: int, dY: list[list[list[float]]]) -> ConvGrads:
    """Gradients of y = conv(x, w) + b (cross-correlation, stride, zero padding) given dY = ∂L/∂y.

    x is C_in×H×W, w is C_out×C_in×k_H×k_W, dY is C_out×H_out×W_out. Return {"dX", "dW", "db"}.
    """
    # TODO: scatter every dY[o][i][j] back to the window it read and the kernel entries that read it
    X, Wt = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    return {"dX": np.zeros_like(X), "dW": np.zeros_like(Wt), "db": np.zeros(Wt.shape[0])}
