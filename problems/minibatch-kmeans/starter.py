from typing import TypedDict


class MiniBatchResult(TypedDict):
    centers: list[list[float]]
    counts: list[int]


def mini_batch_k_means(X: list[list[float]], init: list[list[float]], batches: list[list[int]]) -> MiniBatchResult:
    """Per batch: assign its points to the current centres, then move each centre to the running mean of all
    points it has received (its count grows by what it got)."""
    # TODO: assign the batch, then update the centres that received points
    return {"centers": [list(c) for c in init], "counts": [0] * len(init)}
