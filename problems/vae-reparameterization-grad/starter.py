from typing import Literal, TypedDict

import numpy as np


class VaeGrad(TypedDict):
    z: list[list[float]]
    recon: float
    kl: float
    loss: float
    dMu: list[list[float]]
    dLogVar: list[list[float]]


def vae_elbo_grad(x: list[list[float]], mu: list[list[float]], log_var: list[list[float]], eps: list[list[float]], W: list[list[float]], c: list[float], likelihood: Literal["bernoulli", "gaussian"]) -> VaeGrad:
    """z = μ + e^{logVar/2}·ε, decoder a = zW + c, batch-mean reconstruction + KL, and the gradients of
    the loss with respect to μ and logVar."""
    # TODO: forward through the reparameterization and the decoder, then back
    zero = np.zeros_like(np.asarray(mu, dtype=float))
    return {"z": zero, "recon": 0.0, "kl": 0.0, "loss": 0.0, "dMu": zero, "dLogVar": zero}
