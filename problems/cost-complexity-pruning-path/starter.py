from typing import TypedDict


class PruningPath(TypedDict):
    ccpAlphas: list[float]
    impurities: list[float]


def ccp_path(children_left: list[int], children_right: list[int], impurity: list[float], n_samples: list[float]) -> PruningPath:
    """Weakest-link pruning: collapse the node with the smallest effective alpha until only the root is left.
    Return the alphas (starting with 0) and the total leaf impurity after each step.
    """
    # TODO: repeat: effective alpha of every internal node, collapse the smallest, record
    return {"ccpAlphas": [0.0], "impurities": [0.0]}
