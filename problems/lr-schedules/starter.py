import math
from typing import Literal


def lr_schedule(kind: Literal['step', 'cosine', 'warmup_cosine', 'warmup_linear'], eta0: float, eta_min: float, gamma: float, period: int, warmup: int, T: int) -> list[float]:
    """The learning rate used at each step t = 0..T-1 under the chosen schedule."""
    # TODO: step decay, cosine annealing, or a linear warm-up followed by a cosine or linear decay
    return [eta0] * max(T, 0)
