from typing import TypedDict

import numpy as np


class AdagradResult(TypedDict):
    w: list[float]
    G: list[float]


def adagrad(A: list[list[float]], b: list[float], w0: list[float], lr: float, eps: float, steps: int) -> AdagradResult:
    """The parameters and the squared-gradient accumulator after `steps` AdaGrad steps on 1/2 w^T A w - b^T w."""
    d = len(w0)
    if d == 0 or len(b) != d or len(A) != d or any(len(row) != d for row in A):
        raise ValueError('A must be d x d and b, w0 of length d')
    if not (lr > 0 and eps > 0):
        raise ValueError('lr and eps must be positive')
    if not (float(steps).is_integer() and steps >= 0):
        raise ValueError('steps must be a non-negative integer')
    A_ = np.asarray(A, dtype=float)
    b_ = np.asarray(b, dtype=float)
    w = np.asarray(w0, dtype=float).copy()
    G = np.zeros(d)
    for _ in range(int(steps)):
        g = A_ @ w - b_
        G += g * g
        w -= lr * g / (np.sqrt(G) + eps)
    return {'w': w.tolist(), 'G': G.tolist()}
