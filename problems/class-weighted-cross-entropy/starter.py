from typing import TypedDict

import numpy as np


class WeightedLoss(TypedDict):
    weights: list[float]
    loss: float


def class_weighted_ce(train_labels: list[int], num_classes: int, power: float, logits: list[list[float]],
                      batch_labels: list[int]) -> WeightedLoss:
    """Class weights (N / (K·n_c))**power (0 for an absent class) and the weighted mean cross-entropy of the batch.

    Return {"weights": K floats, "loss": float}. Raise ValueError for a label outside [0, K) or not an integer,
    a logits row whose length is not K, or a batch whose total weight is 0.
    """
    # TODO: count classes, weight them, then a stable log-softmax per row
    return {"weights": [1.0] * num_classes, "loss": 0.0}
