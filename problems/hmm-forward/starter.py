from typing import TypedDict

import numpy as np


class Forward(TypedDict):
    logLik: float
    filtered: list[list[float]]


def hmm_forward(pi: list[float], A: list[list[float]], B: list[list[float]], obs: list[int]) -> Forward:
    """Scaled forward algorithm: log P(x_1:T) = Σ log c_t and the filtered P(z_t | x_1:t) per step.

    A[z'][z] = P(z | z'), B[z][x] = P(x | z). An impossible observation gives −inf and NaN rows from then on.
    """
    # TODO: α̃_t = (α̂_{t−1} A) ⊙ B[:, x_t], c_t = Σ α̃_t, α̂_t = α̃_t / c_t
    return {"logLik": 0.0, "filtered": [list(pi) for _ in obs]}
