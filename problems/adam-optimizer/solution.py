import numpy as np


def adam_steps(theta0, grads, lr, beta1, beta2, eps, weight_decay, decoupled):
    theta = np.asarray(theta0, dtype=float)
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    out = []
    for t, raw in enumerate(grads, start=1):
        g = np.asarray(raw, dtype=float)
        if decoupled:
            theta = theta * (1 - lr * weight_decay)
        else:
            g = g + weight_decay * theta
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
        out.append(theta)
    return out
