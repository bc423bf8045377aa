import math

import numpy as np


def bias_variance(preds, f_true, noise_var):
    if len(preds) == 0 or len(f_true) == 0:
        raise ValueError("need at least one model and one test point")
    if any(len(r) != len(f_true) for r in preds):
        raise ValueError("every model needs one prediction per test point")
    P, f = np.asarray(preds, dtype=float), np.asarray(f_true, dtype=float)
    if not (np.all(np.isfinite(P)) and np.all(np.isfinite(f))):
        raise ValueError("values must be finite")
    if not (math.isfinite(noise_var) and noise_var >= 0):
        raise ValueError("noise_var must be finite and >= 0")
    avg = P.mean(axis=0)
    bias2 = float(np.mean((avg - f) ** 2))
    variance = float(np.mean(np.mean((P - avg) ** 2, axis=0)))  # deviations from each point's mean (divisor B)
    mse = float(np.mean((P - f) ** 2))
    return {"bias2": bias2, "variance": variance, "mse": mse, "expectedError": mse + noise_var}
