# expect: wrong_answer
# mistake: treats the batch mean and variance as constants, so dX = γ·dY/√(σ²+ε)
# caught-by: constant dY gives zero dX
import numpy as np


def batch_norm_backward(x, gamma, dY, eps):
    x = np.asarray(x, dtype=float)
    g = np.asarray(dY, dtype=float)
    std = np.sqrt(x.var(axis=0) + eps)
    x_hat = (x - x.mean(axis=0)) / std
    return {"dX": np.asarray(gamma) * g / std, "dGamma": (g * x_hat).sum(axis=0), "dBeta": g.sum(axis=0)}
