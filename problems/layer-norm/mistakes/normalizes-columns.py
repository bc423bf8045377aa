# expect: wrong_answer
# mistake: normalizes each feature over the batch (axis=0, batch norm) instead of each row over its features
# caught-by: constant rows give beta
import numpy as np


def layer_norm(x, gamma, beta, eps):
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
