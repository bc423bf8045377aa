from typing import TypedDict

import numpy as np


class Eigenpair(TypedDict):
    eigenvalue: float
    eigenvector: list[float]


def power_iteration(A: list[list[float]], v0: list[float], iters: int) -> Eigenpair:
    """The unit vector after `iters` power-iteration steps from v0, and its Rayleigh quotient."""
    # TODO: normalise v0, then iters times v = A v / |A v|; return v and its Rayleigh quotient v^T A v
    return {'eigenvalue': 0.0, 'eigenvector': list(v0)}
