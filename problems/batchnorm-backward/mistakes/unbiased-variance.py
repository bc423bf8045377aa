# expect: wrong_answer
# mistake: normalizes with the unbiased batch variance (np.var with ddof=1) instead of the biased one
# caught-by: inputs around 1e3, larger batch
import numpy as np


def batch_norm_backward(x, gamma, dY, eps):
    x = np.asarray(x, dtype=float)
    g = np.asarray(dY, dtype=float)
    m = x.shape[0]
    var = x.var(axis=0, ddof=1) if m > 1 else np.zeros(x.shape[1])
    std = np.sqrt(var + eps)
    x_hat = (x - x.mean(axis=0)) / std
    d_beta = g.sum(axis=0)
    d_gamma = (g * x_hat).sum(axis=0)
    dX = np.asarray(gamma) / (m * std) * (m * g - d_beta - x_hat * d_gamma)
    return {"dX": dX, "dGamma": d_gamma, "dBeta": d_beta}
