# expect: wrong_answer
# mistake: variance as E[x²] − E[x]², which cancels catastrophically for rows near 1e6
# caught-by: rows near 1e6 with small variations
import numpy as np


def layer_norm(x, gamma, beta, eps):
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=1, keepdims=True)
    var = (x * x).mean(axis=1, keepdims=True) - mean ** 2
    return (x - mean) / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
