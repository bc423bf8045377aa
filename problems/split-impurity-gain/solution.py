import math

import numpy as np


def _impurity(v: list[float], criterion: str) -> float:
    if len(v) == 0:
        return 0.0
    a = np.asarray(v, dtype=float)
    if criterion == "variance":
        return float(np.mean((a - a.mean()) ** 2))        # population variance, mean subtracted first
    _, counts = np.unique(a, return_counts=True)
    p = counts / len(a)
    if criterion == "gini":
        return float(1.0 - np.sum(p * p))
    return float(-np.sum(p * np.log2(p)))                   # only classes present: no 0·log 0


def split_gain(parent: list[float], children: list[list[float]], criterion: str):
    if criterion not in ("gini", "entropy", "variance"):
        raise ValueError(f"unknown criterion {criterion!r}")
    if len(parent) == 0:
        raise ValueError("the parent node is empty")
    flat = [x for c in children for x in c]
    if not all(math.isfinite(x) for x in list(parent) + flat):
        raise ValueError("values must be finite")
    if sorted(parent) != sorted(flat):
        raise ValueError("the children must partition the parent")
    n = len(parent)
    parent_impurity = _impurity(parent, criterion)
    child_impurities = [_impurity(c, criterion) for c in children]
    gain = parent_impurity - sum(len(c) / n * g for c, g in zip(children, child_impurities))
    return {"parentImpurity": parent_impurity, "childImpurities": child_impurities, "gain": gain}
