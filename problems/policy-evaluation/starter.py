import numpy as np


def policy_evaluation(P: list[list[list[float]]], R: list[list[float]], pi: list[list[float]], gamma: float) -> list[float]:
    """V^pi, the solution of (I - gamma P_pi) V = r_pi."""
    # TODO: build P_pi and r_pi, then solve (I - gamma P_pi) V = r_pi
    return [0.0] * len(P)
