import numpy as np


def pipeline_cv(X: list[list[float]], y: list[float], folds: list[list[int]], alpha: float) -> list[float]:
    """Return the validation MSE of each fold for mean-impute → standard-scale → ridge fitted on its training rows."""
    # TODO: fit every step on the training rows of each fold only
    return [0.0 for _ in folds]
