import math


def train_val_test_split(n, perm, train_frac, val_frac):
    if not isinstance(n, int) or n < 0:
        raise ValueError("n must be a non-negative integer")
    if not (train_frac >= 0 and val_frac >= 0) or train_frac + val_frac > 1 + 1e-12:
        raise ValueError("fractions must be non-negative and sum to at most 1")
    if len(perm) != n or sorted(perm) != list(range(n)) or any(not isinstance(v, int) for v in perm):
        raise ValueError("perm must be a permutation of 0..n-1")
    a = math.floor(train_frac * n + 1e-9)
    b = a + math.floor(val_frac * n + 1e-9)
    return [perm[:a], perm[a:b], perm[b:]]
