from typing import TypedDict

import numpy as np


class Qini(TypedDict):
    curve: list[float]
    coefficient: float


def qini(y_true: list[float], treatment: list[int], scores: list[float]) -> Qini:
    """Qini curve Q(0..n) over rows sorted by score descending (ties: lower index first) and the area between it and
    the random-targeting line (trapezoids over k/n).

    Return {"curve": n + 1 floats, "coefficient"}. Raise ValueError for empty or unequal arrays or a treatment
    value other than 0/1.
    """
    # TODO: prefix counts and sums of treated and control rows
    return {"curve": [0.0] * (len(y_true) + 1), "coefficient": 0.0}
