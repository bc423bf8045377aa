from typing import TypedDict

import numpy as np


class AdagradResult(TypedDict):
    w: list[float]
    G: list[float]


def adagrad(A: list[list[float]], b: list[float], w0: list[float], lr: float, eps: float, steps: int) -> AdagradResult:
    """The parameters and the squared-gradient accumulator after `steps` AdaGrad steps on 1/2 w^T A w - b^T w."""
    # TODO: accumulate squared gradients in G and scale each coordinate's step by 1 / (sqrt(G) + eps)
    return {'w': list(w0), 'G': [0.0] * len(w0)}
