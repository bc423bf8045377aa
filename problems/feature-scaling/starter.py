from typing import Literal, TypedDict

import numpy as np


class Scaled(TypedDict):
    train: list[list[float]]
    test: list[list[float]]


def scale_features(X_train: list[list[float]], X_test: list[list[float]], method: Literal['standard', 'minmax']) -> Scaled:
    """Fit per-column statistics on X_train only (population std; a constant column gets scale 1), apply to both.

    Return {"train", "test"} with the input shapes. Raise ValueError for an empty X_train or mismatched columns.
    """
    # TODO: centre and scale per column
    return {"train": [list(r) for r in X_train], "test": [list(r) for r in X_test]}
