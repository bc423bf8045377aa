from typing import Literal

import numpy as np


def knn_predict(X_train: list[list[float]], y_train: list[int], X_test: list[list[float]], k: int,
                metric: Literal['euclidean', 'manhattan', 'cosine']) -> list[int]:
    """k-NN majority vote for each row of X_test: equal distances keep training order, a tied vote goes to the
    label seen first among the neighbours (Counter(...).most_common(1) on the ordered neighbour labels).

    Raise ValueError if k is not an integer >= 1, X_train is empty, y_train has the wrong length, rows differ
    in length, or the metric is unknown.
    """
    # TODO: distances, stable order, vote
    return [y_train[0] if y_train else 0 for _ in X_test]
