from typing import TypedDict


class EarlyStop(TypedDict):
    stopped: bool
    stopEpoch: int
    bestEpoch: int
    bestLoss: float


def early_stopping(val_losses: list[float], patience: int, min_delta: float) -> EarlyStop:
    """Where training stops under patience and min-delta, and which epoch's weights are restored."""
    # TODO: track the best loss and the number of consecutive epochs without an improvement larger than min_delta
    return {'stopped': False, 'stopEpoch': len(val_losses) - 1, 'bestEpoch': 0, 'bestLoss': val_losses[0] if val_losses else 0.0}
