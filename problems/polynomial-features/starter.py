def polynomial_features(X: list[list[float]], degree: int, interaction_only: bool, include_bias: bool) -> list[list[float]]:
    """Every monomial of degree <= `degree` of each row, in scikit-learn's PolynomialFeatures column order."""
    # TODO: bias, then every monomial of degree 1..degree in lexicographic index order
    return [([1.0] if include_bias else []) + list(row) for row in X]
