from typing import TypedDict

import numpy as np


class HopfieldResult(TypedDict):
    weights: list[list[float]]
    state: list[int]
    energies: list[float]


def hopfield(patterns: list[list[int]], probe: list[int], order: list[int], sweeps: int) -> HopfieldResult:
    """Store ±1 patterns with the Hebbian rule, recall from probe by asynchronous updates, report the energy after each sweep."""
    # TODO: w = (1/N) Σ_p s sᵀ with a zero diagonal; update neurons one at a time in `order`; a zero field keeps the state
    n = len(probe)
    return {"weights": [[0.0] * n for _ in range(n)], "state": list(probe), "energies": [0.0] * sweeps}
