from typing import TypedDict

import numpy as np


class SmoothedCe(TypedDict):
    smoothed: list[list[float]]
    loss: float
    grad: list[list[float]]


def label_smoothing_ce(logits: list[list[float]], labels: list[int], alpha: float) -> SmoothedCe:
    """Smoothed targets, the mean softmax cross-entropy against them, and its gradient with respect to the logits."""
    # TODO: smoothed targets (1 - alpha) * onehot + alpha / K, mean cross-entropy against log-softmax, and its gradient
    return {'smoothed': [[0.0] * len(r) for r in logits], 'loss': 0.0, 'grad': [[0.0] * len(r) for r in logits]}
