from typing import TypedDict

import numpy as np


class ForestPrediction(TypedDict):
    labels: list[int]
    proba: list[list[float]]


def random_forest_classifier(X: list[list[float]], y: list[int], K: int, bootstrap: list[list[int]],
                             feature_subsets: list[list[int]] | None, max_depth: int, min_samples_leaf: int,
                             Xtest: list[list[float]]) -> ForestPrediction:
    """One Gini tree per bootstrap sample (only on its feature subset); average the leaf proportions, then argmax."""
    # TODO: grow the trees, route each test row through all of them, average
    return {"labels": [0] * len(Xtest), "proba": [[1.0 / K] * K for _ in Xtest]}
