import math


def two_proportion_z_test(x1, n1, x2, n2):
    if not all(isinstance(v, int) for v in (x1, n1, x2, n2)):
        raise ValueError('counts must be integers')
    if n1 < 1 or n2 < 1 or not (0 <= x1 <= n1 and 0 <= x2 <= n2):
        raise ValueError('invalid counts')
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return {"z": math.nan, "pValue": math.nan}
    z = (x1 / n1 - x2 / n2) / se
    return {"z": z, "pValue": math.erfc(abs(z) / math.sqrt(2))}
