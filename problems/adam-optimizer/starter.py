import numpy as np


def adam_steps(theta0: list[float], grads: list[list[float]], lr: float, beta1: float, beta2: float, eps: float,
               weight_decay: float, decoupled: bool) -> list[list[float]]:
    """Adam with bias correction (AdamW when decoupled is True) over the T given gradients.

    Return a T×p list: row t-1 holds the parameters after step t ([] when T = 0).
    """
    # TODO: moments m, v from zero; bias-correct; theta -= lr * m_hat / (sqrt(v_hat) + eps)
    return [list(theta0) for _ in grads]
