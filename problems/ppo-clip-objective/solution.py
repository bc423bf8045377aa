from typing import TypedDict

import numpy as np


class PpoResult(TypedDict):
    objective: float
    clipFraction: float
    grad: list[float]


def ppo_clip(logp_new: list[float], logp_old: list[float], adv: list[float], eps: float) -> PpoResult:
    """The mean clipped surrogate objective, the share of samples the clip switches off, and the gradient in logp_new."""
    n = len(logp_new)
    if n == 0 or len(logp_old) != n or len(adv) != n:
        raise ValueError('the three arrays must have the same non-zero length')
    new, old, A = (np.asarray(v, dtype=float) for v in (logp_new, logp_old, adv))
    if not (np.isfinite(new).all() and np.isfinite(old).all() and np.isfinite(A).all()):
        raise ValueError('inputs must be finite')
    if not 0 <= eps < 1:
        raise ValueError('eps must lie in [0, 1)')
    ratio = np.exp(new - old)
    unclipped = ratio * A
    clipped = np.clip(ratio, 1 - eps, 1 + eps) * A
    switched_off = clipped < unclipped
    objective = np.where(switched_off, clipped, unclipped).mean()
    grad = np.where(switched_off, 0.0, unclipped / n)
    return {'objective': float(objective), 'clipFraction': float(switched_off.mean()), 'grad': grad.tolist()}
