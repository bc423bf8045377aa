from typing import TypedDict

import numpy as np


class UpliftCurve(TypedDict):
    pcts: list[float]
    uplifts: list[float]


def uplift_curve(y_true: list[float], treatment: list[int], scores: list[float], n_bins: int) -> UpliftCurve:
    """Cumulative uplift (treated mean minus control mean, 0 if a group is empty) among the top floor(i·n/B) rows by
    score (descending; ties: lower index first), for i = 1..n_bins.

    Return {"pcts": 100·i/B, "uplifts"}. Raise ValueError for empty or unequal arrays, a treatment value other than
    0/1, or n_bins not a positive integer.
    """
    # TODO: sort once, then means over each prefix
    return {"pcts": [100 * i / n_bins for i in range(1, n_bins + 1)], "uplifts": [0.0] * n_bins}
