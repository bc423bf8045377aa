import math


def vc_bound(emp_risk: float, vc_dim: int, m: int, delta: float) -> float:
    if not isinstance(vc_dim, int) or vc_dim < 1 or not isinstance(m, int) or m < 1:
        raise ValueError("vc_dim and m must be positive integers")
    if not (0 < delta < 1) or not (0 <= emp_risk <= 1):
        raise ValueError("delta must be in (0, 1) and emp_risk in [0, 1]")
    capacity = vc_dim * (math.log(2 * m / vc_dim) + 1)
    return emp_risk + math.sqrt((capacity - math.log(delta / 4)) / m)
