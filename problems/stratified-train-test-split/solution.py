import math
from collections import Counter


def stratified_split(y, order, test_frac):
    n = len(y)
    if n == 0 or sorted(order) != list(range(n)):
        raise ValueError("y must be non-empty and order a permutation of 0..n-1")
    if not (0 <= test_frac < 1):
        raise ValueError("test_frac must be in [0, 1)")
    n_test = math.ceil(test_frac * n)
    counts = Counter(y)
    quota = {c: n_test * k // n for c, k in counts.items()}
    left = n_test - sum(quota.values())
    ranked = sorted(counts, key=lambda c: (-(n_test * counts[c] - n * quota[c]), -counts[c], c))
    for c in ranked[:left]:
        quota[c] += 1
    test = set()
    for i in order:
        if quota[y[i]] > 0:
            quota[y[i]] -= 1
            test.add(i)
    return [i for i in range(n) if i not in test], sorted(test)
