import numpy as np


def lasso_path(X: list[list[float]], y: list[float], alphas: list[float], max_iter: int, tol: float) -> tuple:
    """Lasso coefficients for every alpha (in the given order, warm-started), their non-zero counts, and alpha_max.

    Return (coefs, nonzero_counts, alpha_max).
    """
    # TODO: centre X and y, then coordinate descent with soft-thresholding for each alpha
    p = len(X[0])
    return [[0.0] * p for _ in alphas], [0 for _ in alphas], 0.0
