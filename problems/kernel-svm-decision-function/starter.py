from typing import TypedDict


class Decision(TypedDict):
    scores: list[list[float]]
    labels: list[int]


def svm_decision(SV: list[list[float]], dual_coef: list[list[float]], intercept: list[float], X: list[list[float]],
                 kernel: str, gamma: float, coef0: float, degree: int) -> Decision:
    """scores[j][c] = Σ_i dual_coef[c][i]·K(SV[i], X[j]) + intercept[c]; labels ±1 for one machine (f > 0 → +1),
    the argmax for several."""
    # TODO: kernel values against the support vectors
    return {"scores": [list(intercept) for _ in X], "labels": [0] * len(X)}
