import math
from typing import TypedDict

import numpy as np


class ValueIterationResult(TypedDict):
    V: list[float]
    policy: list[int]
    iterations: int


def validate_mdp(P, R) -> tuple[np.ndarray, np.ndarray]:
    S = len(P)
    if S == 0 or len(P[0]) == 0:
        raise ValueError('the MDP needs states and actions')
    A = len(P[0])
    if len(R) != S or any(len(r) != A for r in R) or any(len(a) != A for a in P) or any(len(row) != S for a in P for row in a):
        raise ValueError('P must be S x A x S and R S x A')
    Pa, Ra = np.asarray(P, dtype=float), np.asarray(R, dtype=float)
    if not (Pa >= 0).all() or np.abs(Pa.sum(axis=2) - 1).max() > 1e-9:
        raise ValueError('every P[s][a] must be a probability distribution')
    if not np.isfinite(Ra).all():
        raise ValueError('rewards must be finite')
    return Pa, Ra


def value_iteration(P: list[list[list[float]]], R: list[list[float]], gamma: float, tol: float) -> ValueIterationResult:
    """The optimal values after synchronous Bellman sweeps from V = 0, the greedy policy and the number of sweeps."""
    Pa, Ra = validate_mdp(P, R)
    if not 0 <= gamma < 1 or not (tol > 0 and math.isfinite(tol)):
        raise ValueError('need gamma in [0, 1) and tol > 0')
    V = np.zeros(len(P))
    iterations = 0
    while True:
        new = (Ra + gamma * Pa @ V).max(axis=1)  # every state from the old V
        iterations += 1
        delta = np.abs(new - V).max()
        V = new
        if delta < tol:
            break
    Q = Ra + gamma * Pa @ V
    return {'V': V.tolist(), 'policy': Q.argmax(axis=1).tolist(), 'iterations': iterations}
