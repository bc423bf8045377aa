import numpy as np


def nt_xent(Z: list[list[float]], tau: float) -> float:
    """Mean over the 2N rows of −log(exp(s_{i,p(i)}/τ) / Σ_{k≠i} exp(s_ik/τ)), p(i) = (i + N) mod 2N, cosine s."""
    # TODO: normalize, exclude self from every denominator, cross-entropy with the other view
    return 0.0
