import numpy as np


def scale_features(X_train, X_test, method):
    if len(X_train) == 0:
        raise ValueError('X_train has no rows')
    d = len(X_train[0])
    if any(len(row) != d for row in list(X_train) + list(X_test)):
        raise ValueError('every row must have the same number of columns')
    train = np.asarray(X_train, dtype=float)
    test = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    if method == 'standard':
        center = train.mean(axis=0)
        scale = train.std(axis=0)  # two passes: deviations about the mean
    else:
        center = train.min(axis=0)
        scale = train.max(axis=0) - center
    scale = np.where(scale > 0, scale, 1.0)
    return {"train": (train - center) / scale, "test": (test - center) / scale}
