import math
from itertools import combinations, combinations_with_replacement


def polynomial_features(X: list[list[float]], degree: int, interaction_only: bool, include_bias: bool) -> list[list[float]]:
    """Every monomial of degree <= `degree` of each row, in scikit-learn's PolynomialFeatures column order."""
    if not (float(degree).is_integer() and degree >= 0):
        raise ValueError('degree must be a non-negative integer')
    if not X:
        return []
    p = len(X[0])
    if p == 0 or any(len(r) != p for r in X):
        raise ValueError('X must be n x p')
    combos = combinations if interaction_only else combinations_with_replacement
    terms = ([()] if include_bias else []) + [c for d in range(1, int(degree) + 1) for c in combos(range(p), d)]
    return [[float(math.prod(row[j] for j in t)) for t in terms] for row in X]
