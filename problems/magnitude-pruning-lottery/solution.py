import math


def prune_and_rewind(trained, init, p):
    n = len(trained)
    if len(init) != n or not 0 <= p <= 1:
        raise ValueError("equal lengths and p in [0, 1]")
    if not all(math.isfinite(v) for v in list(trained) + list(init)):
        raise ValueError("weights must be finite")
    k = math.floor(p * n + 1e-9)
    order = sorted(range(n), key=lambda i: (abs(trained[i]), i))  # ties: the lower index first
    mask = [1] * n
    for i in order[:k]:
        mask[i] = 0
    return {"mask": mask, "pruned": [w if m else 0.0 for w, m in zip(trained, mask)], "rewound": [w if m else 0.0 for w, m in zip(init, mask)]}
