import numpy as np


def train_mlp(
    X: list[list[float]], y: list[int], W1: list[list[float]], b1: list[float], W2: list[list[float]], b2: list[float],
    batches: list[list[int]], masks: list[list[list[int]]], p: float, lr: float, beta1: float, beta2: float, eps: float,
) -> tuple:
    """Train Linear → ReLU → inverted dropout → Linear on mean cross-entropy with Adam, one step per batch.

    Return (W1, b1, W2, b2, losses): the parameters after the last step and the loss of every batch,
    each taken before that batch's update.
    """
    # TODO: forward with masks[s] (kept units scaled by 1/(1 − p)), backward, one Adam step per batch
    return W1, b1, W2, b2, [0.0 for _ in batches]
