import math


def vc_bound(emp_risk: float, vc_dim: int, m: int, delta: float) -> float:
    """Return the VC upper bound on the true risk (natural logarithms, not clipped)."""
    # TODO: add the VC confidence term and validate the inputs
    return emp_risk
