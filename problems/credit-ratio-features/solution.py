import numpy as np


def credit_features(raw):
    X = np.asarray(raw, dtype=float).reshape(len(raw), -1) if raw else np.zeros((0, 18))
    if X.shape[1] != 18 or np.any(X < 0):
        raise ValueError("each row needs 18 non-negative columns")
    r = lambda a, b: X[:, a] / (X[:, b] + 1)
    util = r(5, 6)
    flag = lambda v: (v > 0).astype(float)           # NaN > 0 is False
    cols = [r(0, 1), r(2, 1), r(3, 4), util, X[:, 6] - X[:, 5], r(7, 8), r(9, 8), r(10, 11), X[:, 12],
            r(13, 14), r(15, 11), flag(X[:, 16]), flag(X[:, 17]), (util > 0.7).astype(float)]
    return np.column_stack(cols) if len(X) else []
