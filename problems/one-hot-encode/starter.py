from typing import TypedDict

import numpy as np


class OneHot(TypedDict):
    categories: list[list[float]]
    train: list[list[int]]
    test: list[list[int]]


def one_hot(train_codes: list[list[float]], test_codes: list[list[float]], drop_first: bool) -> OneHot:
    """One-hot encode every column with the categories seen in train_codes (sorted; nan is missing, never a category);
    unknown and missing values give an all-zero block; drop_first omits each column's smallest category.

    Return {"categories", "train", "test"}. Raise ValueError for an empty train_codes or rows of different lengths.
    """
    # TODO: fit categories per column, then concatenate indicator blocks
    return {"categories": [[] for _ in (train_codes[0] if train_codes else [])], "train": [[] for _ in train_codes], "test": [[] for _ in test_codes]}
