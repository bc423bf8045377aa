import math
from typing import Literal


def _is_int(v, lo: int) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() and v >= lo


def lr_schedule(kind: Literal['step', 'cosine', 'warmup_cosine', 'warmup_linear'], eta0: float, eta_min: float, gamma: float, period: int, warmup: int, T: int) -> list[float]:
    """The learning rate used at each step t = 0..T-1 under the chosen schedule."""
    if not _is_int(T, 0):
        raise ValueError('T must be a non-negative integer')
    if not (eta0 > 0 and math.isfinite(eta0)):
        raise ValueError('eta0 must be positive')
    T = int(T)
    if kind == 'step':
        if not _is_int(period, 1) or not gamma > 0:
            raise ValueError('step decay needs period >= 1 and gamma > 0')
        return [eta0 * gamma ** (t // int(period)) for t in range(T)]
    if kind not in ('cosine', 'warmup_cosine', 'warmup_linear'):
        raise ValueError(f'unknown schedule kind {kind!r}')
    if not 0 <= eta_min <= eta0:
        raise ValueError('eta_min must lie in [0, eta0]')
    if kind == 'cosine':
        if not _is_int(period, 1):
            raise ValueError('period must be a positive integer')
        return [eta_min + 0.5 * (eta0 - eta_min) * (1 + math.cos(math.pi * t / period)) for t in range(T)]
    if not _is_int(warmup, 0) or warmup > T:
        raise ValueError('warmup must be an integer in [0, T]')
    out = []
    for t in range(T):
        if t < warmup:
            out.append(eta0 * t / warmup)
            continue
        p = (t - warmup) / (T - warmup)
        factor = 0.5 * (1 + math.cos(math.pi * p)) if kind == 'warmup_cosine' else 1 - p
        out.append(eta_min + (eta0 - eta_min) * factor)
    return out
