def inception_score(probs: list[list[float]]) -> float:
    """exp(mean over rows of KL(p(y|x) || p(y))), p(y) the mean of the rows."""
    # TODO
    return 1.0
