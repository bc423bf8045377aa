from typing import TypedDict

import numpy as np


class GanLosses(TypedDict):
    dLoss: float
    gLossSaturating: float
    gLossNonSaturating: float
    gradSaturating: list[float]
    gradNonSaturating: list[float]


def gan_losses(real_logits: list[float], fake_logits: list[float]) -> GanLosses:
    """With D = σ(l): −E log D(x) − E log(1 − D(G(z))), E log(1 − D(G(z))), −E log D(G(z)),
    and the gradients of the two generator losses with respect to the fake logits."""
    # TODO: use log D = −softplus(−l) and log(1 − D) = −softplus(l)
    return {"dLoss": 0.0, "gLossSaturating": 0.0, "gLossNonSaturating": 0.0,
            "gradSaturating": [0.0] * len(fake_logits), "gradNonSaturating": [0.0] * len(fake_logits)}
