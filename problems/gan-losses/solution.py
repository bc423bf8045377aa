import numpy as np


def gan_losses(real_logits, fake_logits):
    r = np.asarray(real_logits, dtype=float)
    f = np.asarray(fake_logits, dtype=float)
    if r.size == 0 or f.size == 0 or np.isnan(r).any() or np.isnan(f).any():
        raise ValueError("both batches must be non-empty, without NaN")
    softplus = lambda x: np.logaddexp(0.0, x)        # log(1 + e^x), stable
    sigmoid = lambda x: 0.5 * (1 + np.tanh(0.5 * x))
    return {
        "dLoss": float(softplus(-r).mean() + softplus(f).mean()),
        "gLossSaturating": float(-softplus(f).mean()),
        "gLossNonSaturating": float(softplus(-f).mean()),
        "gradSaturating": -sigmoid(f) / f.size,
        "gradNonSaturating": (sigmoid(f) - 1) / f.size,
    }
