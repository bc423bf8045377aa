import numpy as np


def rmsprop_steps(theta0, grads, lr, decay, eps):
    theta = np.asarray(theta0, dtype=float)
    s = np.zeros_like(theta)
    out = []
    for g in grads:
        g = np.asarray(g, dtype=float)
        s = decay * s + (1 - decay) * g * g
        theta = theta - lr * g / (np.sqrt(s) + eps)
        out.append(theta)
    return out
