# expect: wrong_answer
# mistake: back-propagates through the mean but forgets the variance path (drops the x̂·Σ dy·x̂ term)
# caught-by: two examples
import numpy as np


def batch_norm_backward(x, gamma, dY, eps):
    x = np.asarray(x, dtype=float)
    g = np.asarray(dY, dtype=float)
    m = x.shape[0]
    std = np.sqrt(x.var(axis=0) + eps)
    x_hat = (x - x.mean(axis=0)) / std
    d_beta = g.sum(axis=0)
    dX = np.asarray(gamma) / std * (g - d_beta / m)
    return {"dX": dX, "dGamma": (g * x_hat).sum(axis=0), "dBeta": d_beta}
