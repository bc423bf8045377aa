from typing import TypedDict

import numpy as np


class RbmStep(TypedDict):
    W: list[list[float]]
    a: list[float]
    b: list[float]
    energy: list[float]
    freeEnergy: list[float]


def rbm_cd1(
    v0: list[list[int]], W: list[list[float]], a: list[float], b: list[float],
    uH: list[list[float]], uV: list[list[float]], lr: float,
) -> RbmStep:
    """One CD-1 step of a binary RBM with supplied uniforms (a unit is 1 when u < p).

    Return the updated W, a, b and, under the parameters given, E(v0, h0) and F(v0) per row.
    """
    # TODO: sample h0, v1, compute p(h|v1), then the update and the energies
    return {"W": W, "a": a, "b": b, "energy": [0.0] * len(v0), "freeEnergy": [0.0] * len(v0)}
