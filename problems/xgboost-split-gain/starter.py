from typing import TypedDict


class XgbSplit(TypedDict):
    threshold: float
    gain: float
    leftWeight: float
    rightWeight: float
    newF: list[float]


def xgb_best_split(x: list[float], y: list[int], F: list[float], lam: float, gamma: float, eta: float) -> XgbSplit:
    """g = p − y, h = p(1 − p); the midpoint with the largest ½[G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ)] − γ;
    leaf weights −G/(H+λ); newF = F + eta·w. No positive gain: threshold NaN, gain 0, both weights the node's."""
    # TODO: gradients, hessians, prefix sums over the sorted x
    return {"threshold": float("nan"), "gain": 0.0, "leftWeight": 0.0, "rightWeight": 0.0, "newF": list(F)}
