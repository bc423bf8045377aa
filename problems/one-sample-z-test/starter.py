from typing import TypedDict


class ZTest(TypedDict):
    z: float
    pTwoSided: float
    pGreater: float
    pLess: float
    reject: int


def z_test(x: list[float], mu0: float, sigma: float, alpha: float) -> ZTest:
    """Z = (mean - mu0) / (sigma / sqrt(n)), the two-sided and one-sided p-values (accurate even when tiny),
    and reject = 1 when the two-sided p-value is below alpha."""
    # TODO
    return {"z": 0.0, "pTwoSided": 1.0, "pGreater": 0.5, "pLess": 0.5, "reject": 0}
