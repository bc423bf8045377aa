import math

import numpy as np


def shapley_values(n: int, v: list[float]) -> list[float]:
    """The Shapley value of every player, from the values of all 2^n coalitions indexed by bitmask."""
    if not (float(n).is_integer() and 1 <= n <= 20):
        raise ValueError('n must be an integer in [1, 20]')
    n = int(n)
    table = np.asarray(v, dtype=float)
    if table.shape != (2 ** n,) or not np.isfinite(table).all():
        raise ValueError('v must hold 2^n finite values')
    masks = np.arange(2 ** n)
    sizes = np.array([bin(m).count('1') for m in range(2 ** n)])
    weights = np.array([math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) if s < n else 0.0 for s in range(n + 1)])
    phi = []
    for i in range(n):
        without = masks[(masks >> i) & 1 == 0]  # coalitions that do not contain player i
        phi.append(float(np.sum(weights[sizes[without]] * (table[without | (1 << i)] - table[without]))))
    return phi
