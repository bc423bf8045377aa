# expect: wrong_answer
# mistake: unbiased variance (ddof=1, divides by d − 1) instead of the biased variance used by layer norm
# caught-by: two features
import numpy as np


def layer_norm(x, gamma, beta, eps):
    x = np.asarray(x, dtype=float)
    d = x.shape[1]
    mean = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, ddof=1, keepdims=True) if d > 1 else np.zeros((len(x), 1))
    return (x - mean) / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
