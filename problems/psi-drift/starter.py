from typing import TypedDict

import numpy as np


class PSIResult(TypedDict):
    psi: float
    level: int
    expectedPct: list[float]
    actualPct: list[float]


def psi(expected: list[float], actual: list[float], buckets: int) -> PSIResult:
    """Population Stability Index over `buckets` equal-width bins of the pooled range (numpy.histogram edges),
    proportions smoothed by +1e-10; level 0 (< 0.1), 1 (< 0.25) or 2.

    Return {"psi", "level", "expectedPct", "actualPct"}. Raise ValueError for an empty sample or buckets < 1.
    """
    # TODO: shared edges, proportions per bin, sum of (A - E) * log(A / E)
    return {"psi": 0.0, "level": 0, "expectedPct": [1.0 / buckets] * buckets, "actualPct": [1.0 / buckets] * buckets}
