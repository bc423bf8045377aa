from typing import TypedDict

import numpy as np


class A2cLosses(TypedDict):
    advantages: list[float]
    actorLoss: float
    criticLoss: float
    dValues: list[float]
    dLogProbs: list[float]


def a2c_losses(values: list[float], next_values: list[float], rewards: list[float], dones: list[int], log_probs: list[float], gamma: float) -> A2cLosses:
    """TD-error advantages, the actor and critic losses, and their gradients (the TD target held constant)."""
    # TODO: TD-error advantages, actor loss -mean(logpi * A), critic loss mean(A^2), and their gradients
    z = [0.0] * len(values)
    return {'advantages': z, 'actorLoss': 0.0, 'criticLoss': 0.0, 'dValues': z, 'dLogProbs': z}
