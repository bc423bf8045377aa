import numpy as np


def target_encode(train_cats: list[int], y: list[float], test_cats: list[int], folds: list[int]):
    n = len(train_cats)
    if n == 0 or len(y) != n or len(folds) != n:
        raise ValueError("y and folds need one entry per training row")
    if any(int(v) != v for v in list(train_cats) + list(test_cats) + list(folds)):
        raise ValueError("categories and fold ids must be integers")
    ya = np.asarray(y, dtype=float)
    if not np.all(np.isfinite(ya)):
        raise ValueError("targets must be finite")
    cats, fold = np.asarray(train_cats), np.asarray(folds)
    if len(np.unique(fold)) < 2:
        raise ValueError("at least two folds")
    train = np.empty(n)
    for f in np.unique(fold):
        other = fold != f                      # a row never sees its own fold's targets
        for i in np.nonzero(fold == f)[0]:
            same = other & (cats == cats[i])
            train[i] = ya[same].mean() if same.any() else ya[other].mean()
    test = [float(ya[cats == c].mean()) if np.any(cats == c) else float(ya.mean()) for c in test_cats]
    return {"train": train, "test": test}
