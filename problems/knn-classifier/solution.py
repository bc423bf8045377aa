from collections import Counter

import numpy as np


def distances(q, X, metric):
    if metric == 'euclidean':
        return np.sqrt(((X - q) ** 2).sum(axis=1))
    if metric == 'manhattan':
        return np.abs(X - q).sum(axis=1)
    norms = np.linalg.norm(X, axis=1) * np.linalg.norm(q)
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(norms == 0, 1.0, 1 - (X @ q) / norms)


def knn_predict(X_train, y_train, X_test, k, metric):
    if not (isinstance(k, int) and k >= 1):
        raise ValueError('k must be an integer >= 1')
    if len(X_train) == 0 or len(y_train) != len(X_train):
        raise ValueError('X_train must be non-empty with one label per row')
    d = len(X_train[0])
    if any(len(row) != d for row in list(X_train) + list(X_test)):
        raise ValueError('every row must have the same length')
    if metric not in ('euclidean', 'manhattan', 'cosine'):
        raise ValueError('unknown metric ' + str(metric))
    X = np.asarray(X_train, dtype=float)
    predictions = []
    for q in X_test:
        order = np.argsort(distances(np.asarray(q, dtype=float), X, metric), kind='stable')[:k]
        predictions.append(Counter(y_train[j] for j in order).most_common(1)[0][0])
    return predictions
