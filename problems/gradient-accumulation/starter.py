from typing import TypedDict

import numpy as np


class AccumulationResult(TypedDict):
    gradients: list[list[float]]
    weights: list[list[float]]


def accumulate_gradients(X: list[list[float]], y: list[float], w0: list[float], lr: float, micro_batches: list[list[int]], accum_steps: int) -> AccumulationResult:
    """The accumulated gradient of every optimizer step and the weights after it."""
    # TODO: per group of accum_steps micro-batches, combine the mean-loss gradients weighted by size, then step
    return {'gradients': [], 'weights': []}
