from typing import TypedDict

import numpy as np


class Pooled(TypedDict):
    max: list[list[list[float]]]
    avg: list[list[list[float]]]
    dxMax: list[list[list[float]]]
    dxAvg: list[list[list[float]]]


def pool2d(x: list[list[list[float]]], k: int, s: int, dy: list[list[list[float]]]) -> Pooled:
    """Per-channel max and average pooling (window k, stride s, no padding) and both backward passes:
    max sends dy to the first maximum of each window, average spreads dy/k² over it; overlaps add up."""
    # TODO: slide the window, pool, route the gradients
    X = np.asarray(x, dtype=float)
    return {"max": [], "avg": [], "dxMax": np.zeros_like(X), "dxAvg": np.zeros_like(X)}
