import numpy as np


def fed_avg(w_global: list[float], client_weights: list[list[float]], client_sizes: list[int], clip_norm: float, noise: list[float]) -> list[float]:
    """The new global weights: w plus the size-weighted mean of the clipped client updates, plus the noise."""
    # TODO: clip each client update w_k - w to clip_norm, average the updates weighted by size, add them and the noise to w
    return list(w_global)
