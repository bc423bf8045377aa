import math
from typing import TypedDict


class ZTest(TypedDict):
    z: float
    pValue: float


def two_proportion_z_test(x1: int, n1: int, x2: int, n2: int) -> ZTest:
    """Pooled two-proportion z-test of A (x1 of n1) against B (x2 of n2): z of p1 - p2 and the two-sided p-value.

    A pooled rate of 0 or 1 gives {"z": nan, "pValue": nan}. Raise ValueError for n < 1, a count outside [0, n], or a
    non-integer argument. math.erfc is available.
    """
    # TODO: pooled standard error, z, p = erfc(|z| / sqrt(2))
    return {"z": 0.0, "pValue": 1.0}
