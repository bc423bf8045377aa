import numpy as np


def vae_loss(recon, x, mu, logvar):
    P, X, M, LV = (np.asarray(a, dtype=float) for a in (recon, x, mu, logvar))
    if X.ndim != 2 or X.shape[0] == 0 or P.shape != X.shape or M.ndim != 2 or M.shape[0] != X.shape[0] or LV.shape != M.shape:
        raise ValueError("shape mismatch")
    if ((P < 0) | (P > 1) | (X < 0) | (X > 1) | np.isnan(P) | np.isnan(X)).any():
        raise ValueError("recon and x must lie in [0, 1]")
    with np.errstate(divide="ignore"):
        log_p = np.maximum(np.log(P), -100)       # log 0 = −inf, clamped as PyTorch's BCELoss does
        log_q = np.maximum(np.log(1 - P), -100)
    rec = -np.sum(X * log_p + (1 - X) * log_q)
    kl = -0.5 * np.sum(1 + LV - M**2 - np.exp(LV))
    return {"recon": float(rec), "kl": float(kl), "total": float(rec + kl)}
