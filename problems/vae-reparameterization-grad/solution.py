import numpy as np


def vae_elbo_grad(x, mu, log_var, eps, W, c, likelihood):
    X, M, LV, E, W, c = (np.asarray(a, dtype=float) for a in (x, mu, log_var, eps, W, c))
    if X.ndim != 2 or M.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0 or M.shape[1] == 0 or M.shape[0] != X.shape[0]:
        raise ValueError("x must be B×d and mu B×k")
    if LV.shape != M.shape or E.shape != M.shape or W.shape != (M.shape[1], X.shape[1]) or c.shape != (X.shape[1],):
        raise ValueError("shape mismatch")
    if likelihood not in ("bernoulli", "gaussian"):
        raise ValueError("unknown likelihood")
    if likelihood == "bernoulli" and ((X < 0) | (X > 1)).any():
        raise ValueError("Bernoulli targets must lie in [0, 1]")
    B = X.shape[0]
    sigma = np.exp(0.5 * LV)
    Z = M + sigma * E
    A = Z @ W + c
    if likelihood == "bernoulli":
        recon = np.sum(np.logaddexp(0.0, A) - X * A)    # binary cross-entropy from the logits
        dA = 0.5 * (1 + np.tanh(0.5 * A)) - X
    else:
        recon = 0.5 * np.sum((A - X) ** 2)
        dA = A - X
    kl = 0.5 * np.sum(np.exp(LV) + M**2 - 1 - LV)
    G = dA @ W.T                                        # ∂recon/∂z
    return {
        "z": Z, "recon": float(recon / B), "kl": float(kl / B), "loss": float((recon + kl) / B),
        "dMu": (G + M) / B,
        "dLogVar": (0.5 * G * E * sigma + 0.5 * (np.exp(LV) - 1)) / B,
    }
