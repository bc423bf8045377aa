import numpy as np


def mini_batch_k_means(X: list[list[float]], init: list[list[float]], batches: list[list[int]]):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    if len(init) == 0 or any(len(c) != len(X[0]) for c in init):
        raise ValueError("init must hold centres of the width of X")
    X = np.asarray(X, dtype=float)
    centers = np.array(init, dtype=float)
    counts = np.zeros(len(centers), dtype=int)
    for batch in batches:
        if any(not (0 <= i < len(X)) for i in batch):
            raise ValueError("batch index out of range")
        if not batch:
            continue
        pts = X[np.asarray(batch, dtype=int)]
        # assign the whole batch with the centres from before it (argmin: lowest index on ties)
        nearest = ((pts[:, None, :] - centers[None, :, :]) ** 2).sum(-1).argmin(1)
        for c in range(len(centers)):
            got = pts[nearest == c]
            if len(got) == 0:
                continue
            centers[c] = (centers[c] * counts[c] + got.sum(0)) / (counts[c] + len(got))
            counts[c] += len(got)
    return {"centers": centers, "counts": counts}
