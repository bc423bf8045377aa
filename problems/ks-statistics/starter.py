import math
from typing import TypedDict

import numpy as np


class KSResult(TypedDict):
    dTwoSample: float
    dOneSampleA: float
    pAsymptotic: float


def ks_statistics(a: list[float], b: list[float], mu: float, sigma: float) -> KSResult:
    """Two-sample KS statistic of a vs b (ties counted in full), one-sample statistic of a vs N(mu, sigma²), and the
    asymptotic p-value series for the two-sample statistic (1 when lambda < 0.2).

    Return {"dTwoSample", "dOneSampleA", "pAsymptotic"}. Raise ValueError for an empty sample or sigma <= 0.
    """
    # TODO: ECDFs at every pooled value; both sides of each jump for the one-sample statistic
    return {"dTwoSample": 0.0, "dOneSampleA": 0.0, "pAsymptotic": 1.0}
