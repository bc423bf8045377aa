# expect: wrong_answer
# mistake: gives a leftover row to the smaller label on a remainder tie, ignoring that the larger class comes first
# caught-by: a remainder tie between classes
import math
from collections import Counter


def stratified_split(y, order, test_frac):
    n = len(y)
    if n == 0 or sorted(order) != list(range(n)) or not (0 <= test_frac < 1):
        raise ValueError("bad input")
    n_test = math.ceil(test_frac * n)
    counts = Counter(y)
    quota = {c: n_test * k // n for c, k in counts.items()}
    left = n_test - sum(quota.values())
    for c in sorted(counts, key=lambda c: (-(n_test * counts[c] - n * quota[c]), c))[:left]:
        quota[c] += 1
    test = set()
    for i in order:
        if quota[y[i]] > 0:
            quota[y[i]] -= 1
            test.add(i)
    return [i for i in range(n) if i not in test], sorted(test)
