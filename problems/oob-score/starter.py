from typing import TypedDict


class OobResult(TypedDict):
    oobProba: list[list[float]]
    score: float


def oob_score(probas: list[list[list[float]]], in_bag_counts: list[list[int]], y: list[int]) -> OobResult:
    """Average each sample's class probabilities over the trees that did not draw it (NaN row if none) and
    return the accuracy of their argmax over the samples that have an OOB prediction."""
    # TODO: mask the in-bag trees, average, score
    K = len(probas[0][0]) if probas and probas[0] else 1
    return {"oobProba": [[1.0 / K] * K for _ in y], "score": 0.0}
