import math
from statistics import NormalDist


def ab_sample_size(p1, mde, alpha, power):
    p2 = p1 + mde
    if not all(0 < v < 1 for v in (p1, p2, alpha, power)):
        raise ValueError('p1, p1 + mde, alpha and power must lie strictly between 0 and 1')
    if mde == 0:
        return math.inf
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    return math.ceil(z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / (mde * mde))
