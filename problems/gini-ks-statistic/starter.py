from typing import TypedDict


class GiniKs(TypedDict):
    auc: float
    gini: float
    ks: float
    ksThreshold: float


def gini_ks(y_true: list[int], scores: list[float]) -> GiniKs:
    """Tie-aware AUC, Gini = 2 AUC - 1, KS = max |TPR - FPR| over the distinct scores, and the highest
    threshold attaining it."""
    # TODO
    return {"auc": 0.5, "gini": 0.0, "ks": 0.0, "ksThreshold": 0.0}
