from typing import TypedDict

import numpy as np


class ValueIterationResult(TypedDict):
    V: list[float]
    policy: list[int]
    iterations: int


def value_iteration(P: list[list[list[float]]], R: list[list[float]], gamma: float, tol: float) -> ValueIterationResult:
    """The optimal values after synchronous Bellman sweeps from V = 0, the greedy policy and the number of sweeps."""
    # TODO: synchronous Bellman optimality sweeps from V = 0 until max |change| < tol, then the greedy policy
    return {'V': [0.0] * len(P), 'policy': [0] * len(P), 'iterations': 0}
