import numpy as np


def rmsprop_steps(theta0: list[float], grads: list[list[float]], lr: float, decay: float, eps: float) -> list[list[float]]:
    """RMSProp as in PyTorch (eps outside the square root, no bias correction) over the T given gradients.

    Return the T×p list of parameters after each step ([] when T = 0).
    """
    # TODO: s = decay * s + (1 - decay) * g**2; theta -= lr * g / (sqrt(s) + eps)
    return [list(theta0) for _ in grads]
