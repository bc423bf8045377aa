from typing import TypedDict


class TreeApply(TypedDict):
    leaves: list[int]
    values: list[list[float]]
    paths: list[list[int]]


def tree_apply(children_left: list[int], children_right: list[int], feature: list[int], threshold: list[float],
               value: list[list[float]], X: list[list[float]]) -> TreeApply:
    """Route every row from node 0 to its leaf (left iff x[feature] <= threshold).
    Return {"leaves", "values" (copies of the leaves' values), "paths" (node ids from the root to the leaf)}.
    """
    # TODO: validate the arrays, then walk every row
    return {"leaves": [0] * len(X), "values": [list(value[0]) for _ in X], "paths": [[0] for _ in X]}
