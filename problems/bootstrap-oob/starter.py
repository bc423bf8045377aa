from typing import TypedDict


class BootstrapBookkeeping(TypedDict):
    inBagCounts: list[list[int]]
    oobMask: list[list[bool]]
    oobTrees: list[int]
    maxFeaturesCount: int


def bootstrap_oob(n: int, draws: list[list[int]], p: int, max_features) -> BootstrapBookkeeping:
    """Per tree: how often each row was drawn and which rows are out of bag; per row: for how many trees it is
    out of bag; and the max_features count ('sqrt', 'log2', 'all' or a fraction)."""
    # TODO: count the draws, mark the rows never drawn, apply the max_features rule
    return {"inBagCounts": [[1] * n for _ in draws], "oobMask": [[False] * n for _ in draws], "oobTrees": [0] * n, "maxFeaturesCount": p}
