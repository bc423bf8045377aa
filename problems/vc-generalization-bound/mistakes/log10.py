# expect: wrong_answer
# mistake: uses base-10 logarithms (math.log10) where the bound uses natural logarithms
# caught-by: random 2
import math


def vc_bound(emp_risk, vc_dim, m, delta):
    if vc_dim < 1 or m < 1 or not (0 < delta < 1) or not (0 <= emp_risk <= 1):
        raise ValueError("bad input")
    return emp_risk + math.sqrt((vc_dim * (math.log10(2 * m / vc_dim) + 1) - math.log10(delta / 4)) / m)
