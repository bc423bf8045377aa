def kde1d(data: list[float], query: list[float], h: float, kernel: str) -> list[float]:
    """f(x) = 1/(n h) sum K((x - x_i)/h) at every query point; kernel is 'gaussian', 'epanechnikov' or 'uniform'."""
    # TODO
    return [0.0 for _ in query]
