from typing import TypedDict


class Encoded(TypedDict):
    train: list[float]
    test: list[float]


def target_encode(train_cats: list[int], y: list[float], test_cats: list[int], folds: list[int]) -> Encoded:
    """Test rows: the category's mean target over all training rows (global mean if unseen); training rows: the
    same statistic computed on the other folds only."""
    # TODO
    m = sum(y) / len(y) if y else 0.0
    return {"train": [m] * len(train_cats), "test": [m] * len(test_cats)}
