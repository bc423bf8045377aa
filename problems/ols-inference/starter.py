def ols_inference(X: list[list[float]], y: list[float], t_crit: float) -> list[list[float]]:
    """Five rows [beta, se, t, ciLow, ciHigh], intercept first, for OLS with sigma^2 = RSS / (n - p - 1)."""
    # TODO
    k = len(X[0]) + 1 if X else 1
    return [[0.0] * k for _ in range(5)]
