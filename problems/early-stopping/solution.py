import math
from typing import TypedDict


class EarlyStop(TypedDict):
    stopped: bool
    stopEpoch: int
    bestEpoch: int
    bestLoss: float


def early_stopping(val_losses: list[float], patience: int, min_delta: float) -> EarlyStop:
    """Where training stops under patience and min-delta, and which epoch's weights are restored."""
    if not val_losses:
        raise ValueError('val_losses must not be empty')
    if not (float(patience).is_integer() and patience >= 0):
        raise ValueError('patience must be a non-negative integer')
    if not (min_delta >= 0 and math.isfinite(min_delta)):
        raise ValueError('min_delta must be a finite number >= 0')
    best, best_epoch, wait = math.inf, -1, 0

    def result(stopped: bool, epoch: int) -> EarlyStop:
        return {'stopped': stopped, 'stopEpoch': epoch, 'bestEpoch': best_epoch, 'bestLoss': best if best_epoch >= 0 else math.nan}

    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:  # False for NaN: a diverged epoch never improves
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return result(True, epoch)
    return result(False, len(val_losses) - 1)
