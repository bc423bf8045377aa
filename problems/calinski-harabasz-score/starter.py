def calinski_harabasz(X: list[list[float]], labels: list[int]) -> float:
    """(B / (k − 1)) / (W / (n − k)) with B the size-weighted spread of the cluster means and W the
    within-cluster sum of squares; 1.0 when W = 0."""
    # TODO: between- and within-cluster dispersion
    return 0.0
