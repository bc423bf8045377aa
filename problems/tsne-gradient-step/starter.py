from typing import TypedDict


class TsneStep(TypedDict):
    grad: list[list[float]]
    Ynew: list[list[float]]


def tsne_grad_step(P: list[list[float]], Y: list[list[float]], lr: float) -> TsneStep:
    """grad_i = 4 Σ_j (P_ij − Q_ij)(y_i − y_j)/(1 + ‖y_i − y_j‖²) with the Student-t Q; Ynew = Y − lr·grad."""
    # TODO
    return {"grad": [[0.0] * len(r) for r in Y], "Ynew": [list(r) for r in Y]}
