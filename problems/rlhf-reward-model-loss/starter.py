from typing import TypedDict

import numpy as np


class RewardLoss(TypedDict):
    loss: float
    gradChosen: list[float]
    gradRejected: list[float]
    accuracy: float


def reward_model_loss(r_chosen: list[float], r_rejected: list[float]) -> RewardLoss:
    """Return the mean Bradley–Terry loss, its gradients with respect to both score vectors, and the accuracy."""
    # TODO: softplus(−Δ) averaged over the pairs, ∓σ(−Δ)/N, and the fraction with r_w > r_l
    n = len(r_chosen)
    return {"loss": 0.0, "gradChosen": [0.0] * n, "gradRejected": [0.0] * n, "accuracy": 0.0}
