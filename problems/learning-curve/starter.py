def learning_curve(X: list[list[float]], y: list[float], folds: list[list[int]], fracs: list[float], alpha: float) -> list:
    """[sizes, train_stats, val_stats]: ridge fitted on the first m training rows of each fold, [mean, std] of the MSEs per size."""
    # TODO
    return [[], [], []]
