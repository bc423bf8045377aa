from typing import TypedDict

import numpy as np


class SgdResult(TypedDict):
    w: list[float]
    b: float
    batchLoss: list[float]
    epochLoss: list[float]


def sgd_minibatch(X: list[list[float]], y: list[float], w0: list[float], b0: float, lr: float, batch_size: int, perms: list[list[int]]) -> SgdResult:
    """Parameters after mini-batch gradient descent over the given shuffles, each batch's loss before its update, and the full loss after each epoch."""
    # TODO: for each epoch, cut perms[e] into batches of batch_size and take one gradient step per batch
    return {'w': list(w0), 'b': b0, 'batchLoss': [], 'epochLoss': []}
