from typing import TypedDict

import numpy as np


class Dropout(TypedDict):
    y: list[list[float]]
    dX: list[list[float]]


def dropout(x: list[list[float]], u: list[list[float]], p: float, training: bool, dY: list[list[float]]) -> Dropout:
    """Inverted dropout forward and backward: keep entry (i, j) when u[i][j] >= p and scale kept entries by
    1 / (1 - p) in training; the identity at inference. Return {"y", "dX"}.
    """
    # TODO: keep-mask from u, scale by 1 / (1 - p) (p = 1 drops everything)
    return {"y": [list(r) for r in x], "dX": [list(r) for r in dY]}
