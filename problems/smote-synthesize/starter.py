def smote(minority: list[list[float]], k: int, requests: list[list[float]]) -> list[list[float]]:
    """For each request [i, r, g]: x_i + g·(x_nn − x_i), x_nn the r-th nearest of x_i's k minority neighbours."""
    # TODO
    return [list(minority[int(req[0])]) for req in requests]
