import math

import numpy as np


def continued_fraction(a, b, x):
    """Lentz's evaluation of the incomplete beta continued fraction."""
    tiny = 1e-300
    f, C, D = 1.0, 1.0, 0.0
    for i in range(5001):
        m = i // 2
        if i == 0:
            num = 1.0
        elif i % 2 == 0:
            num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        else:
            num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        D = 1 + num * D
        D = 1 / (D if abs(D) >= tiny else tiny)
        C = 1 + num / C
        C = C if abs(C) >= tiny else tiny
        f *= C * D
        if abs(1 - C * D) < 1e-15:
            break
    return f - 1


def reg_inc_beta(x, y, a, b):
    """I_x(a, b) with y = 1 - x passed separately, so neither loses digits."""
    if x == 0:
        return 0.0
    if y == 0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y)
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * continued_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * continued_fraction(b, a, y) / b


def t_test(control, treatment, equal_var, alpha):
    n1, n2 = len(control), len(treatment)
    if n1 < 2 or n2 < 2:
        raise ValueError('each group needs at least two observations')
    c, t_ = np.asarray(control, dtype=float), np.asarray(treatment, dtype=float)
    m1, m2 = c.mean(), t_.mean()
    v1, v2 = c.var(ddof=1), t_.var(ddof=1)
    with np.errstate(divide='ignore', invalid='ignore'):
        if equal_var:
            df = n1 + n2 - 2
            pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df
            t = (m1 - m2) / (np.sqrt(pooled) * math.sqrt(1 / n1 + 1 / n2))
        else:
            a, b = v1 / n1, v2 / n2
            t = (m1 - m2) / np.sqrt(a + b)
            den = a * a / (n1 - 1) + b * b / (n2 - 1)
            df = 1.0 if den == 0 else (a + b) ** 2 / den
    t = float(t)
    if math.isnan(t):
        p = math.nan
    elif math.isinf(t):
        p = 0.0
    else:
        p = min(1.0, max(0.0, reg_inc_beta(df / (df + t * t), t * t / (df + t * t), df / 2, 0.5)))
    return {"tStat": t, "df": float(df), "pValue": p, "improvement": float(m2 - m1),
            "lift": 0.0 if m1 == 0 else float((m2 - m1) / m1), "significant": int(p < alpha)}
