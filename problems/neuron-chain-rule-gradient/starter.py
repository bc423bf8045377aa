import numpy as np


def neuron_grad(x: list[float], w: list[float], b: float, target: float, lr: float) -> tuple:
    """One sigmoid neuron with loss ½(a − target)²: return (a, loss, dW, db, w_new, b_new).

    a and loss are taken before the step; dW has one entry per weight; w_new = w − lr·dW, b_new = b − lr·db.
    """
    # TODO: forward pass, then the chain rule ∂L/∂a · ∂a/∂z · ∂z/∂w, then one gradient-descent step
    return (0.0, 0.0, [0.0 for _ in w], 0.0, list(w), b)
