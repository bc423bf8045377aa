# expect: wrong_answer
# mistake: adds eps to the standard deviation, (x − μ)/(σ + ε), instead of inside the square root
# caught-by: small variance: eps inside the root
import numpy as np


def layer_norm(x, gamma, beta, eps):
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=1, keepdims=True)
    std = x.std(axis=1, keepdims=True)
    return (x - mean) / (std + eps) * np.asarray(gamma) + np.asarray(beta)
