from typing import TypedDict


class Svm(TypedDict):
    w: list[float]
    b: float
    objective: list[float]


def svm_subgradient(X: list[list[float]], y: list[int], C: float, lr: float, steps: int) -> Svm:
    """From w = 0, b = 0: `steps` full-batch subgradient steps on ½‖w‖² + C Σ max(0, 1 − y(w·x + b)),
    the objective recorded before each step."""
    # TODO
    return {"w": [0.0] * len(X[0]), "b": 0.0, "objective": []}
