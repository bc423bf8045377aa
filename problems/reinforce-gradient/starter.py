from typing import TypedDict

import numpy as np


class ReinforceResult(TypedDict):
    grad: list[list[float]]
    thetaNew: list[list[float]]


def reinforce(theta: list[list[float]], feats: list[list[float]], actions: list[int], rewards: list[float], baseline: list[float], gamma: float, lr: float) -> ReinforceResult:
    """The REINFORCE gradient of one episode for a linear softmax policy, and theta after one ascent step."""
    # TODO: returns G_t, score function phi (e_a - pi)^T, weighted by G_t - b_t, summed; then gradient ascent
    return {'grad': [[0.0] * len(r) for r in theta], 'thetaNew': [list(r) for r in theta]}
