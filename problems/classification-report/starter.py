def classification_report(y_true: list[int], y_pred: list[int], K: int) -> list[list[float]]:
    """K rows [precision, recall, f1, support], then the macro row, the weighted row (each with the total
    support) and [accuracy]; 0/0 counts as 0 and every one of the K classes is included."""
    # TODO
    return [[0.0, 0.0, 0.0, 0.0] for _ in range(K)] + [[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0]]
