def platt_scaling(f: list[float], y: list[int]) -> list[float]:
    """[A, B] minimising the cross-entropy of P(y=1|f) = 1 / (1 + exp(A f + B)) against Platt's smoothed targets."""
    # TODO: smoothed targets, then Newton's method with a backtracking line search
    return [0.0, 0.0]
