from typing import TypedDict


class Pruned(TypedDict):
    mask: list[int]
    pruned: list[float]
    rewound: list[float]


def prune_and_rewind(trained: list[float], init: list[float], p: float) -> Pruned:
    """Mask out the ⌊p·n + 1e-9⌋ smallest |w| (ties → lower index first); apply the mask to trained and init."""
    # TODO: order by magnitude, build the mask, apply it
    return {"mask": [1] * len(trained), "pruned": list(trained), "rewound": list(init)}
