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
    n = len(values)
    if n == 0 or any(len(v) != n for v in (next_values, rewards, dones, log_probs)):
        raise ValueError('all arrays must have the same non-zero length')
    V, Vn, r, lp = (np.asarray(v, dtype=float) for v in (values, next_values, rewards, log_probs))
    if not (np.isfinite(V).all() and np.isfinite(Vn).all() and np.isfinite(r).all()):
        raise ValueError('values and rewards must be finite')
    if not (np.isfinite(lp).all() and (lp <= 0).all()):
        raise ValueError('log-probabilities must be finite and <= 0')
    if any(d not in (0, 1) for d in dones) or not 0 <= gamma <= 1:
        raise ValueError('bad done flag or gamma')
    adv = r + gamma * (1 - np.asarray(dones, dtype=float)) * Vn - V
    return {
        'advantages': adv.tolist(),
        'actorLoss': float(-(lp * adv).mean()),
        'criticLoss': float((adv ** 2).mean()),
        'dValues': (-2 * adv / n).tolist(),
        'dLogProbs': (-adv / n).tolist(),
    }
