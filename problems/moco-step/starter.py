from typing import TypedDict

import numpy as np


class MocoResult(TypedDict):
    thetaKNew: list[float]
    loss: float
    queueNew: list[list[float]]


def moco_step(
    theta_k: list[float], theta_q: list[float], m: float, q: list[list[float]], k_pos: list[list[float]],
    queue: list[list[float]], tau: float,
) -> MocoResult:
    """One MoCo step: momentum update of θk, mean InfoNCE loss (positive at logit 0), and the FIFO queue after enqueueing k_pos."""
    # TODO: L2-normalize, compute the loss against the current queue, then drop the oldest len(q) keys and append the new ones
    return {"thetaKNew": list(theta_k), "loss": 0.0, "queueNew": queue}
