import numpy as np


def momentum_steps(theta0, grads, lr, momentum):
    theta = np.asarray(theta0, dtype=float)
    v = np.zeros_like(theta)
    history = []
    for g in grads:
        v = momentum * v - lr * np.asarray(g, dtype=float)
        theta = theta + v
        history.append(theta)
    return history
