from typing import TypedDict


class Calibration(TypedDict):
    binCount: list[int]
    binConfidence: list[float]
    binAccuracy: list[float]
    ece: float
    mce: float


def calibration(y_true: list[int], probs: list[float], n_bins: int) -> Calibration:
    """Equal-width reliability bins (bin = min(floor(p * M), M - 1)), per-bin count / mean probability /
    positive rate (0 for empty bins), ECE weighted by bin size and MCE over non-empty bins."""
    # TODO
    zeros = [0.0] * n_bins
    return {"binCount": [0] * n_bins, "binConfidence": zeros, "binAccuracy": zeros, "ece": 0.0, "mce": 0.0}
