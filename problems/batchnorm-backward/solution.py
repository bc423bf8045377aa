import numpy as np


def batch_norm_backward(x, gamma, dY, eps):
    x = np.asarray(x, dtype=float)
    g = np.asarray(dY, dtype=float)
    gamma = np.asarray(gamma, dtype=float)
    m = x.shape[0]
    xc = x - x.mean(axis=0)
    std = np.sqrt((xc ** 2).mean(axis=0) + eps)
    x_hat = xc / std
    d_beta = g.sum(axis=0)
    d_gamma = (g * x_hat).sum(axis=0)
    # the compact form of the three paths (direct, through the mean, through the variance)
    dX = gamma / (m * std) * (m * g - d_beta - x_hat * d_gamma)
    return {"dX": dX, "dGamma": d_gamma, "dBeta": d_beta}
