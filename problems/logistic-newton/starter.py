from typing import TypedDict

import numpy as np


class NewtonResult(TypedDict):
    grad: list[float]
    hessian: list[list[float]]
    thetas: list[list[float]]


def logistic_newton(X: list[list[float]], y: list[float], theta0: list[float], l2: float, iters: int) -> NewtonResult:
    """Gradient and Hessian at theta0 of the penalised mean log-loss, and theta after each Newton step."""
    # TODO: gradient and Hessian of the penalised mean log-loss, then theta <- theta - H^{-1} g, iters times
    p = len(theta0)
    return {'grad': [0.0] * p, 'hessian': [[0.0] * p for _ in range(p)], 'thetas': []}
