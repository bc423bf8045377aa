import numpy as np


def ista(X: list[list[float]], y: list[float], w0: list[float], alpha: float, step: float, iters: int) -> list[list[float]]:
    """The ISTA iterates w^1..w^T for the lasso objective (1/2n)||y - Xw||^2 + alpha ||w||_1."""
    # TODO: gradient step on the squared loss, then soft-threshold every entry by step * alpha
    return [list(w0) for _ in range(int(iters))]
