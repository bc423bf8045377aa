import numpy as np


def simple_impute(X_train, X_test, strategy):
    if len(X_train) == 0:
        raise ValueError('X_train has no rows')
    d = len(X_train[0])
    if any(len(row) != d for row in list(X_train) + list(X_test)):
        raise ValueError('every row must have the same number of columns')
    train = np.asarray(X_train, dtype=float)
    test = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    statistics = []
    for j in range(d):
        observed = train[~np.isnan(train[:, j]), j]
        if len(observed) == 0:
            raise ValueError('column %d has no observed value' % j)
        with np.errstate(invalid='ignore'):
            statistics.append(observed.mean() if strategy == 'mean' else np.median(observed))
    statistics = np.array(statistics)
    return {"statistics": statistics,
            "train": np.where(np.isnan(train), statistics, train),
            "test": np.where(np.isnan(test), statistics, test)}
