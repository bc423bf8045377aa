import math

import numpy as np


def bootstrap_oob(n: int, draws: list[list[int]], p: int, max_features):
    if n < 1 or p < 1:
        raise ValueError("n and p must be positive integers")
    if max_features == "sqrt":
        k = math.floor(math.sqrt(p))
    elif max_features == "log2":
        k = math.floor(math.log2(p))
    elif max_features == "all":
        k = p
    elif isinstance(max_features, (int, float)) and not isinstance(max_features, bool) and 0 < max_features <= 1:
        k = math.floor(max_features * p)        # the float product as computed: 0.29 * 100 gives 28
    else:
        raise ValueError("max_features must be 'sqrt', 'log2', 'all' or a fraction in (0, 1]")
    counts = []
    for d in draws:
        if any(not (0 <= i < n) or int(i) != i for i in d):
            raise ValueError("a drawn index is outside [0, n)")
        counts.append(np.bincount(np.asarray(d, dtype=int), minlength=n))
    counts = np.array(counts, dtype=int).reshape(len(draws), n)
    oob = counts == 0
    return {"inBagCounts": counts, "oobMask": oob, "oobTrees": oob.sum(0), "maxFeaturesCount": max(1, k)}
