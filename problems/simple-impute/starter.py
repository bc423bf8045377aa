from typing import Literal, TypedDict

import numpy as np


class Imputed(TypedDict):
    statistics: list[float]
    train: list[list[float]]
    test: list[list[float]]


def simple_impute(X_train: list[list[float]], X_test: list[list[float]], strategy: Literal['mean', 'median']) -> Imputed:
    """Fill nan with the column mean or median of X_train's observed values, in both splits (±inf are values).

    Return {"statistics", "train", "test"}. Raise ValueError for an empty X_train, mismatched columns, or a
    training column without an observed value.
    """
    # TODO: per-column statistics from X_train only
    return {"statistics": [0.0] * (len(X_train[0]) if X_train else 0), "train": [list(r) for r in X_train], "test": [list(r) for r in X_test]}
