from typing import TypedDict


class SvrObjective(TypedDict):
    losses: list[float]
    objective: float
    gradW: list[float]
    gradB: float


def svr_objective(X: list[list[float]], y: list[float], w: list[float], b: float, C: float, eps: float) -> SvrObjective:
    """Losses max(0, |r| − eps) with r = y − (w·x + b), ½‖w‖² + C Σ loss, and its subgradient (0 in and on the tube)."""
    # TODO
    return {"losses": [0.0] * len(X), "objective": 0.0, "gradW": list(w), "gradB": 0.0}
