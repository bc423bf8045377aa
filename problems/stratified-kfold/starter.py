def stratified_k_fold(y: list[float], k: int) -> list[list[int]]:
    """The sorted test indices of each fold of scikit-learn's StratifiedKFold(n_splits=k, shuffle=False)."""
    # TODO: classes by first appearance, allocation from the sorted codes dealt round-robin, contiguous runs per class
    return [[] for _ in range(k)]
