from typing import TypedDict

import numpy as np


class TrpoResult(TypedDict):
    surrogate: float
    kl: float
    feasible: int
    stepFraction: float


def trpo_check(pi_old: list[list[float]], pi_new: list[list[float]], actions: list[int], adv: list[float],
               delta: float, max_backtracks: int) -> TrpoResult:
    """Return the surrogate and mean KL(old ‖ new) of pi_new, whether it is feasible, and the accepted step fraction."""
    # TODO: surrogate, KL with 0·log 0 = 0, then the backtracking line search
    return {"surrogate": 0.0, "kl": 0.0, "feasible": 1, "stepFraction": 1.0}
