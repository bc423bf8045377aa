from typing import TypedDict

import numpy as np


class Trained(TypedDict):
    weights: list[list[list[float]]]
    biases: list[list[float]]
    losses: list[float]


def train_mlp(
    X: list[list[float]], Y: list[list[float]], weights: list[list[list[float]]], biases: list[list[float]],
    epochs: int, lr: float, batch_size: int, perms: list[list[int]],
) -> Trained:
    """Mini-batch SGD on the mean softmax cross-entropy of a ReLU MLP, visiting rows in perms[epoch] order.

    Return {"weights", "biases", "losses"}: the final parameters and the full-data loss after every epoch e with e % 10 == 0.
    """
    # TODO: batches of batch_size rows (the last may be smaller), backward pass, then the update
    return {"weights": weights, "biases": biases, "losses": []}
