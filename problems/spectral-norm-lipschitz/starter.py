import numpy as np


def spectral_norm(W: list[list[float]], u0: list[float], iters: int) -> float:
    """Estimate ‖W‖₂ by `iters` steps of power iteration on WᵀW from u0; return ‖Wv‖ for the final unit vector v."""
    # TODO: v = u0/‖u0‖; repeat v ← WᵀWv/‖WᵀWv‖
    return 0.0
