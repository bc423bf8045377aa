import math
from statistics import NormalDist


def ab_sample_size(p1: float, mde: float, alpha: float, power: float) -> float:
    """Users needed in each group to detect p2 = p1 + mde with a two-sided test at level alpha and the given power.

    Return ceil(n) (an int), or math.inf when mde == 0. Raise ValueError if p1, p2, alpha or power is not in (0, 1).
    NormalDist().inv_cdf(q) is the standard normal quantile.
    """
    # TODO: n = (z_{1-alpha/2} + z_{power})^2 * (p1(1-p1) + p2(1-p2)) / mde^2
    return 0
