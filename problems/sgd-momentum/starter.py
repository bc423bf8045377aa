import numpy as np


def momentum_steps(theta0: list[float], grads: list[list[float]], lr: float, momentum: float) -> list[list[float]]:
    """SGD with (heavy-ball) momentum: v = momentum·v - lr·g, theta = theta + v, from v = 0.

    Return the T×p list of parameters after each step ([] when T = 0).
    """
    # TODO: one update per gradient row
    return [list(theta0) for _ in grads]
